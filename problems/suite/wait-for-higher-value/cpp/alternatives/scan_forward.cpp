#include <tuple>
#include <vector>

std::vector<long long> wait_for_higher(std::vector<long long> values) {
    long long n = values.size();
    std::vector<long long> out(n, 0);
    for (long long i = 0; i < n; ++i)
        for (long long j = i + 1; j < n; ++j)
            if (values[j] > values[i]) {
                out[i] = j - i;
                break;
            }
    return out;
}
