#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

long long shared_subsequence_length(std::string first, std::string second) {
    // classic O(n*m) table kept as two rows
    int m = second.size();
    std::vector<long long> prev(m + 1, 0), cur(m + 1, 0);
    for (char ch : first) {
        for (int j = 1; j <= m; ++j) {
            if (second[j - 1] == ch) cur[j] = prev[j - 1] + 1;
            else cur[j] = std::max(prev[j], cur[j - 1]);
        }
        std::swap(prev, cur);
    }
    return prev[m];
}
