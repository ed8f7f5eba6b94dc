#include <array>
#include <string>
#include <tuple>
#include <vector>

long long count_distinct_substrings(const std::string& s) {
    // suffix automaton; each state adds len[v] - len[link[v]] new substrings
    const int n = (int)s.size();
    if (n == 0) return 0;
    auto code = [](char c) { return c >= 'a' ? c - 'a' : c - 'A' + 26; };
    std::vector<std::array<int, 52>> next(2 * n);
    std::vector<int> len(2 * n), link(2 * n);
    next[0].fill(-1);
    len[0] = 0;
    link[0] = -1;
    int size = 1, last = 0;
    long long total = 0;
    for (char ch : s) {
        const int c = code(ch);
        const int cur = size++;
        len[cur] = len[last] + 1;
        next[cur].fill(-1);
        int p = last;
        while (p != -1 && next[p][c] == -1) {
            next[p][c] = cur;
            p = link[p];
        }
        if (p == -1) {
            link[cur] = 0;
        } else {
            const int q = next[p][c];
            if (len[p] + 1 == len[q]) {
                link[cur] = q;
            } else {
                const int clone = size++;
                next[clone] = next[q];
                len[clone] = len[p] + 1;
                link[clone] = link[q];
                while (p != -1 && next[p][c] == q) {
                    next[p][c] = clone;
                    p = link[p];
                }
                link[q] = link[cur] = clone;
            }
        }
        last = cur;
        total += len[cur] - len[link[cur]];
    }
    return total;
}
