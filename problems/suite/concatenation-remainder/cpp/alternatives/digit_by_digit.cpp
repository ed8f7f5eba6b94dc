#include <string>
#include <tuple>
#include <vector>

long long concatenation_remainder(std::vector<long long> numbers, long long m) {
    // Write out all the digits, then read the big number one digit at a time mod m.
    std::string digits;
    for (long long x : numbers) digits += std::to_string(x);
    __int128 r = 0;
    for (char ch : digits) r = (r * 10 + (ch - '0')) % m;
    return (long long)r;
}
