#include <map>
#include <tuple>
#include <vector>

std::vector<long long> rooms_before_repeat(std::vector<long long> door) {
    int n = door.size();
    std::vector<long long> res(n, 0);
    for (int start = 0; start < n; ++start) {
        if (res[start]) continue;
        std::map<long long, int> pos;  // room -> position on the current walk
        std::vector<long long> path;
        long long v = start;
        while (!res[v] && pos.find(v) == pos.end()) {
            pos[v] = path.size();
            path.push_back(v);
            v = door[v];
        }
        int k;
        long long count;
        if (res[v]) {
            k = path.size();
            count = res[v];
        } else {
            k = pos[v];
            count = (long long)path.size() - k;
            for (int i = k; i < (int)path.size(); ++i) res[path[i]] = count;
        }
        for (int i = k - 1; i >= 0; --i) res[path[i]] = ++count;
    }
    return res;
}
