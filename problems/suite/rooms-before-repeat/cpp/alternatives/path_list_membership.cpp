#include <algorithm>
#include <tuple>
#include <vector>

std::vector<long long> rooms_before_repeat(std::vector<long long> door) {
    int n = door.size();
    std::vector<long long> result(n, 0);
    for (int start = 0; start < n; ++start) {
        if (result[start] != 0) continue;
        std::vector<long long> path;
        long long node = start;
        while (std::find(path.begin(), path.end(), node) == path.end() && result[node] == 0) {
            path.push_back(node);
            node = door[node];
        }
        size_t tail_end = path.size();
        if (result[node] == 0) {
            // found a new cycle
            size_t idx = std::find(path.begin(), path.end(), node) - path.begin();
            long long cycle_len = path.size() - idx;
            for (size_t i = idx; i < path.size(); ++i) result[path[i]] = cycle_len;
            tail_end = idx;
        }
        for (size_t i = tail_end; i-- > 0;) result[path[i]] = result[door[path[i]]] + 1;
    }
    return result;
}
