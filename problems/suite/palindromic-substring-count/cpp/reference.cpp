#include <string>
#include <tuple>
#include <vector>

long long count_palindromic_substrings(const std::string& s) {
    const int n = (int)s.size();
    if (n == 0) return 0;
    // Manacher on "^#a#b#...#$": the sentinels stop every expansion without bounds checks
    std::string t;
    t.reserve(2 * n + 3);
    t += '^';
    for (char c : s) {
        t += '#';
        t += c;
    }
    t += "#$";
    const int m = (int)t.size() - 1;
    std::vector<int> rad(m, 0);
    int center = 0, right = 0;
    long long sum = 0;
    for (int i = 1; i < m; ++i) {
        int k = 0;
        if (i < right) {
            k = rad[2 * center - i];
            if (k < right - i) {
                rad[i] = k;
                sum += k;
                continue;
            }
            k = right - i;
        }
        while (t[i + k + 1] == t[i - k - 1]) ++k;
        rad[i] = k;
        sum += k;
        center = i;
        right = i + k;
    }
    // a radius r in t stands for ceil(r / 2) palindromes; r is odd exactly at the n letters
    return (sum + n) / 2;
}
