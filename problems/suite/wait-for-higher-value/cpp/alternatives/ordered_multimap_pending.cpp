#include <map>
#include <vector>

std::vector<long long> wait_for_higher(const std::vector<long long>& values) {
    // pending positions kept in a std::multimap keyed by value instead of a monotonic stack:
    // each new value settles the pending entries with a smaller key, smallest first
    int n = (int)values.size();
    std::vector<long long> out(n, 0);
    std::multimap<long long, int> pending;
    for (int i = 0; i < n; ++i) {
        const long long x = values[i];
        while (!pending.empty() && pending.begin()->first < x) {
            const int j = pending.begin()->second;
            out[j] = i - j;
            pending.erase(pending.begin());
        }
        pending.insert({x, i});
    }
    return out;
}
