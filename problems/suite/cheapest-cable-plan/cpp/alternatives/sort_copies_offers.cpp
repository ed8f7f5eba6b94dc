#include <algorithm>
#include <tuple>
#include <vector>

long long cheapest_cable_plan(long long n, std::vector<std::vector<long long>> offers) {
    // Kruskal with union-find, but the sort comparator takes each offer by value.
    std::sort(offers.begin(), offers.end(), [](std::vector<long long> x, std::vector<long long> y) { return x[2] < y[2]; });
    std::vector<long long> parent(n);
    for (long long i = 0; i < n; ++i) parent[i] = i;
    auto find = [&](long long x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    };
    long long total = 0;
    for (auto e : offers) {
        long long a = find(e[0]), b = find(e[1]);
        if (a != b) {
            parent[b] = a;
            total += e[2];
        }
    }
    return total;
}
