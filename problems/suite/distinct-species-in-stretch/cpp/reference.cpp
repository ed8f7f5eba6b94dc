#include <algorithm>
#include <tuple>
#include <unordered_map>
#include <vector>

std::vector<long long> distinct_species_in_stretch(const std::vector<long long>& samples,
                                                   const std::vector<std::vector<long long>>& stretches) {
    const int n = (int)samples.size();
    const int q = (int)stretches.size();
    // bucket the queries by hi (counting sort)
    std::vector<int> head(n + 1, 0), order(q);
    for (int k = 0; k < q; ++k) ++head[stretches[k][1] + 1];
    for (int i = 0; i < n; ++i) head[i + 1] += head[i];
    {
        std::vector<int> at(head.begin(), head.end() - 1);
        for (int k = 0; k < q; ++k) order[at[stretches[k][1]]++] = k;
    }
    std::vector<int> tree(n + 1, 0);
    std::unordered_map<long long, int> last;
    last.reserve(2 * n);
    std::vector<long long> answer(q);
    int firsts = 0;
    for (int i = 0; i < n; ++i) {
        auto it = last.try_emplace(samples[i], i);
        if (it.second) {
            ++firsts;
        } else {
            for (int j = it.first->second + 1; j <= n; j += j & -j) ++tree[j];
            it.first->second = i;
        }
        for (int t = head[i]; t < head[i + 1]; ++t) {
            const int k = order[t];
            const int lo = (int)stretches[k][0];
            int tot = firsts - lo;
            for (int j = lo; j; j &= j - 1) tot += tree[j];
            answer[k] = tot;
        }
    }
    return answer;
}
