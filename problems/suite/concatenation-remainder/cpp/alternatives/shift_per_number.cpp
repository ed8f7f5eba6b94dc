#include <string>
#include <tuple>
#include <vector>

long long concatenation_remainder(std::vector<long long> numbers, long long m) {
    __int128 r = 0;
    for (long long x : numbers) {
        // digit count from the decimal string, and 10^digits mod m rebuilt for every number
        long long len = std::to_string(x).size();
        __int128 shift = 1;
        for (long long i = 0; i < len; ++i) shift = shift * 10 % m;
        r = (r * shift + x) % m;
    }
    return (long long)(r % m);
}
