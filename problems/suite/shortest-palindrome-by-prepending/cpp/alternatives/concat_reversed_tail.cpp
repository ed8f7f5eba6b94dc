#include <string>
#include <tuple>
#include <vector>

std::string shortest_front_palindrome(const std::string& s) {
    int n = (int)s.size();
    if (n < 2) return s;
    // prefix function of s
    std::vector<int> fail(n, 0);
    for (int i = 1, k = 0; i < n; ++i) {
        while (k && s[k] != s[i]) k = fail[k - 1];
        if (s[k] == s[i]) ++k;
        fail[i] = k;
    }
    // Match the reversed string against s: the final state is the longest prefix of s
    // that is a suffix of reverse(s), i.e. the longest palindromic prefix.
    int k = 0;
    for (int i = n - 1; i >= 0; --i) {
        char c = s[i];
        while (k && (k == n || s[k] != c)) k = fail[k - 1];
        if (s[k] == c) ++k;
    }
    // the missing tail, reversed, built one character at a time with s = s + c
    std::string front;
    for (int i = n - 1; i >= k; --i) front = front + s[i];
    return front + s;
}
