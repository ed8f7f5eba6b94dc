#include <tuple>
#include <unordered_map>
#include <vector>

long long shortest_covering_window(const std::vector<long long>& values) {
    int n = (int)values.size();
    if (n == 0) return 0;
    // relabel the kinds 0..k-1 once, then slide a window over small integer ids
    std::unordered_map<long long, int> id;
    id.reserve(256);
    std::vector<int> a(n);
    for (int i = 0; i < n; ++i) {
        auto it = id.find(values[i]);
        if (it == id.end()) it = id.emplace(values[i], (int)id.size()).first;
        a[i] = it->second;
    }
    int need = (int)id.size(), have = 0;
    std::vector<int> counts(need, 0);
    int best = n, left = 0;
    for (int right = 0; right < n; ++right) {
        if (counts[a[right]]++ == 0) ++have;
        if (have < need) continue;
        while (counts[a[left]] > 1) --counts[a[left++]];
        if (right - left + 1 < best) best = right - left + 1;
    }
    return best;
}
