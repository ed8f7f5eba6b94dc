#include <algorithm>
#include <tuple>
#include <vector>

long long cheapest_cable_plan(long long n, std::vector<std::vector<long long>> offers) {
    // Kruskal with a component label per site; a merge relabels by scanning every site.
    std::sort(offers.begin(), offers.end(),
              [](const std::vector<long long>& x, const std::vector<long long>& y) { return x[2] < y[2]; });
    std::vector<long long> comp(n);
    for (long long i = 0; i < n; ++i) comp[i] = i;
    long long total = 0;
    for (const auto& e : offers) {
        long long ca = comp[e[0]], cb = comp[e[1]];
        if (ca != cb) {
            total += e[2];
            for (long long i = 0; i < n; ++i)
                if (comp[i] == cb) comp[i] = ca;
        }
    }
    return total;
}
