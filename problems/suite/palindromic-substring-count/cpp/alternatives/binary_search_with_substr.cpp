#include <bits/stdc++.h>
using namespace std;

long long count_palindromic_substrings(string s) {
    int n = s.size();
    string rev(s.rbegin(), s.rend());
    long long total = 0;
    for (int centre = 0; centre < 2 * n - 1; centre++) {
        int lo = centre / 2, hi = lo + centre % 2;
        // largest r such that s[lo - r + 1 .. hi + r - 1] is a palindrome
        int good = 0, bad = min(lo + 1, n - hi) + 1;
        while (bad - good > 1) {
            int mid = (good + bad) / 2;
            int a = lo - mid + 1, b = hi + mid;
            if (s.substr(a, b - a) == rev.substr(n - b, b - a)) good = mid;
            else bad = mid;
        }
        total += good;
    }
    return total;
}
