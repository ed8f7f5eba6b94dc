#include <algorithm>
#include <tuple>
#include <vector>

long long guest_list_without_direct_boss(const std::vector<long long>& boss, const std::vector<long long>& cheer) {
    const int n = (int)boss.size();
    // children in CSR form, then a BFS order from the director, processed bottom-up
    std::vector<int> head(n + 1, 0), kids(n);
    int root = -1;
    for (int i = 0; i < n; ++i) {
        if (boss[i] < 0) root = i;
        else ++head[boss[i] + 1];
    }
    for (int i = 0; i < n; ++i) head[i + 1] += head[i];
    {
        std::vector<int> pos(head.begin(), head.end() - 1);
        for (int i = 0; i < n; ++i)
            if (boss[i] >= 0) kids[pos[boss[i]]++] = i;
    }
    std::vector<int> order;
    order.reserve(n);
    order.push_back(root);
    for (int k = 0; k < (int)order.size(); ++k) {
        int v = order[k];
        order.insert(order.end(), kids.begin() + head[v], kids.begin() + head[v + 1]);
    }
    std::vector<long long> take(cheer.begin(), cheer.end()), skip(n, 0);
    for (int k = n - 1; k > 0; --k) {
        int v = order[k], b = (int)boss[v];
        take[b] += skip[v];
        skip[b] += std::max(take[v], skip[v]);
    }
    return std::max({take[root], skip[root], 0LL});
}
