#include <tuple>
#include <vector>

std::vector<long long> rooms_before_repeat(const std::vector<long long>& door) {
    int n = (int)door.size();
    std::vector<long long> res(n, 0);   // 0 = not finished yet
    std::vector<int> pos(n, -1);        // position on the walk being explored
    std::vector<int> path;
    path.reserve(n);
    for (int start = 0; start < n; ++start) {
        if (res[start]) continue;
        path.clear();
        int v = start;
        while (!res[v] && pos[v] < 0) {
            pos[v] = (int)path.size();
            path.push_back(v);
            v = (int)door[v];
        }
        int k;
        long long count;
        if (res[v]) {
            k = (int)path.size();
            count = res[v];
        } else {
            k = pos[v];
            count = (long long)path.size() - k;
            for (int i = k; i < (int)path.size(); ++i) res[path[i]] = count;
        }
        for (int i = k - 1; i >= 0; --i) res[path[i]] = ++count;
        for (int u : path) pos[u] = -1;
    }
    return res;
}
