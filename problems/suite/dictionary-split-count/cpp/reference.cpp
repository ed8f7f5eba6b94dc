#include <array>
#include <string>
#include <tuple>
#include <vector>

long long count_splits(const std::string& text, const std::vector<std::string>& words) {
    const int MOD = 1000000007;
    std::vector<std::array<int, 26>> child(1);
    std::vector<char> terminal(1, 0);
    child.reserve(1 << 14);
    terminal.reserve(1 << 14);
    child[0].fill(0);
    for (const std::string& w : words) {
        int node = 0;
        for (char ch : w) {
            int c = ch - 'a';
            if (!child[node][c]) {
                child[node][c] = (int)child.size();
                child.emplace_back();
                child.back().fill(0);
                terminal.push_back(0);
            }
            node = child[node][c];
        }
        terminal[node] = 1;
    }
    const int n = (int)text.size();
    std::vector<int> ways(n + 1, 0);
    ways[0] = 1;
    for (int i = 0; i < n; ++i) {
        const int w = ways[i];
        if (!w) continue;
        int node = 0;
        for (int j = i; j < n; ++j) {
            node = child[node][text[j] - 'a'];
            if (!node) break;
            if (terminal[node]) {
                int v = ways[j + 1] + w;
                ways[j + 1] = v >= MOD ? v - MOD : v;
            }
        }
    }
    return ways[n];
}
