#include <algorithm>
#include <numeric>
#include <tuple>
#include <vector>

long long cheapest_cable_plan(long long n, const std::vector<std::vector<long long>>& offers) {
    // Kruskal: offers by price, disjoint-set union with union by size + path halving.
    const int m = (int)offers.size();
    std::vector<int> order(m);
    std::iota(order.begin(), order.end(), 0);
    std::vector<long long> price(m);
    for (int i = 0; i < m; ++i) price[i] = offers[i][2];
    std::sort(order.begin(), order.end(), [&](int a, int b) { return price[a] < price[b]; });
    std::vector<int> parent(n), size(n, 1);
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    };
    long long total = 0;
    long long need = n - 1;
    for (int i : order) {
        int a = find((int)offers[i][0]), b = find((int)offers[i][1]);
        if (a == b) continue;
        if (size[a] < size[b]) std::swap(a, b);
        parent[b] = a;
        size[a] += size[b];
        total += price[i];
        if (--need == 0) break;
    }
    return total;
}
