#include <tuple>
#include <vector>

std::vector<long long> window_peaks(const std::vector<long long>& values, long long k) {
    const int n = (int)values.size();
    std::vector<long long> out;
    if (k > n) return out;
    const int w = (int)k;
    out.reserve(n - w + 1);
    // monotone queue of indices with decreasing values, kept in a plain array
    std::vector<int> dq(n);
    int head = 0, tail = 0;
    for (int i = 0; i < n; ++i) {
        const long long x = values[i];
        while (tail > head && values[dq[tail - 1]] <= x) --tail;
        dq[tail++] = i;
        if (dq[head] <= i - w) ++head;
        if (i >= w - 1) out.push_back(values[dq[head]]);
    }
    return out;
}
