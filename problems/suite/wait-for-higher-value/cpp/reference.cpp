#include <tuple>
#include <vector>

std::vector<long long> wait_for_higher(const std::vector<long long>& values) {
    int n = (int)values.size();
    std::vector<long long> out(n, 0);
    std::vector<int> waiting;  // indices with unknown answer; their values are non-increasing
    waiting.reserve(n);
    for (int i = 0; i < n; ++i) {
        long long x = values[i];
        while (!waiting.empty() && values[waiting.back()] < x) {
            out[waiting.back()] = i - waiting.back();
            waiting.pop_back();
        }
        waiting.push_back(i);
    }
    return out;
}
