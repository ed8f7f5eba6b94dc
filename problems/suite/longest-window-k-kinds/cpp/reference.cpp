#include <tuple>
#include <unordered_map>
#include <vector>

long long longest_window_k_kinds(const std::vector<long long>& values, long long k) {
    if (k <= 0) return 0;
    const int n = (int)values.size();
    // compress the values to small ids, then count in a flat array
    std::unordered_map<long long, int> ids;
    ids.reserve(2 * n + 1);
    std::vector<int> a(n);
    for (int i = 0; i < n; ++i) a[i] = ids.emplace(values[i], (int)ids.size()).first->second;
    std::vector<int> cnt(ids.size(), 0);
    // the window only grows or slides by one, so its final size is the answer
    long long kinds = 0;
    int left = 0;
    for (int i = 0; i < n; ++i) {
        if (cnt[a[i]]++ == 0) ++kinds;
        if (kinds > k && --cnt[a[left++]] == 0) --kinds;
    }
    return n - left;
}
