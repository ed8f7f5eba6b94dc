#include <algorithm>
#include <numeric>
#include <tuple>
#include <vector>

// Job i needs r_i = ceil(b_i / q) slices and finishes in round r_i. Up to then a job j
// has used b_j if r_j < r_i (or r_j == r_i and j <= i), r_i * q if r_j > r_i and j < i,
// and (r_i - 1) * q if r_j >= r_i and j > i. Jobs are handled by decreasing r; a Fenwick
// tree counts earlier-indexed jobs with a larger r.
std::vector<long long> finish_times(const std::vector<long long>& bursts, long long quantum) {
    int n = (int)bursts.size();
    const long long q = quantum;
    std::vector<long long> rounds(n);
    long long remaining = 0;
    for (int i = 0; i < n; ++i) {
        rounds[i] = (bursts[i] + q - 1) / q;
        remaining += bursts[i];
    }
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return rounds[a] != rounds[b] ? rounds[a] < rounds[b] : a < b; });
    std::vector<long long> finish(n);
    std::vector<int> tree(n + 1, 0);
    long long greater = 0;
    int end = n;
    while (end) {
        long long r = rounds[order[end - 1]];
        int start = end - 1;
        while (start && rounds[order[start - 1]] == r) --start;
        long long m = end - start;
        for (int k = start; k < end; ++k) remaining -= bursts[order[k]];
        long long full = r * q, part = full - q;
        long long acc = remaining;
        long long after = greater + m - 1;
        for (int k = start; k < end; ++k) {
            int i = order[k];
            long long c = 0;
            for (int x = i; x; x &= x - 1) c += tree[x];
            acc += bursts[i];
            finish[i] = acc + full * c + part * (after - c);
            --after;
        }
        for (int k = start; k < end; ++k)
            for (int x = order[k] + 1; x <= n; x += x & -x) ++tree[x];
        greater += m;
        end = start;
    }
    return finish;
}
