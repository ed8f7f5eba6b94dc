#include <algorithm>
#include <string>
#include <tuple>

std::string shortest_front_palindrome(const std::string& s) {
    // try the longest prefix first and test whether it is a palindrome
    int n = s.size();
    for (int k = n; k > 0; --k) {
        bool palindrome = true;
        for (int i = 0, j = k - 1; i < j; ++i, --j)
            if (s[i] != s[j]) {
                palindrome = false;
                break;
            }
        if (palindrome) return std::string(s.rbegin(), s.rend() - k) + s;
    }
    return s;
}
