#include <tuple>
#include <string>
#include <vector>

long long longest_intact_stretch(const std::string& road, long long k) {
    const int n = (int)road.size();
    // positions of damaged cells, with sentinels at -1 and n
    std::vector<int> bad;
    bad.reserve(n / 4 + 2);
    bad.push_back(-1);
    for (int i = 0; i < n; ++i)
        if (road[i] == 'x') bad.push_back(i);
    bad.push_back(n);
    const long long damaged = (long long)bad.size() - 2;
    if (k >= damaged) return n;
    const int w = (int)k + 1;
    int best = 0;
    for (int i = 0, m = (int)bad.size(); i + w < m; ++i) {
        int len = bad[i + w] - bad[i] - 1;
        if (len > best) best = len;
    }
    return best;
}
