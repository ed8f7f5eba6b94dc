#include <numeric>
#include <tuple>
#include <vector>

std::vector<long long> largest_alliance_sizes(long long n, const std::vector<std::vector<long long>>& treaties) {
    // Disjoint-set union: union by size + path halving.
    std::vector<int> parent(n), size(n, 1);
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<long long> out;
    out.reserve(treaties.size());
    int best = 1;
    for (const auto& t : treaties) {
        int a = (int)t[0], b = (int)t[1];
        while (parent[a] != a) a = parent[a] = parent[parent[a]];
        while (parent[b] != b) b = parent[b] = parent[parent[b]];
        if (a != b) {
            if (size[a] < size[b]) std::swap(a, b);
            parent[b] = a;
            size[a] += size[b];
            if (size[a] > best) best = size[a];
        }
        out.push_back(best);
    }
    return out;
}
