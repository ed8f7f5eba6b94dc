#include <bits/stdc++.h>
using namespace std;

long long count_palindromic_substrings(string s) {
    int n = s.size();
    long long total = 0;
    for (int centre = 0; centre < 2 * n - 1; centre++) {
        int lo = centre / 2, hi = lo + centre % 2;
        while (lo >= 0 && hi < n && s[lo] == s[hi]) {
            total++;
            lo--;
            hi++;
        }
    }
    return total;
}
