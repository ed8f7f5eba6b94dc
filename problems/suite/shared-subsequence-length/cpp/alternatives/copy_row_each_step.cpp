#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

long long shared_subsequence_length(std::string first, std::string second) {
    int m = second.size();
    std::vector<long long> prev(m + 1, 0), cur(m + 1, 0);
    for (char ch : first) {
        for (int j = 1; j <= m; ++j) {
            if (ch == second[j - 1]) cur[j] = prev[j - 1] + 1;
            else cur[j] = std::max(prev[j], cur[j - 1]);
        }
        prev = cur;  // copies the whole row every step instead of swapping
    }
    return prev[m];
}
