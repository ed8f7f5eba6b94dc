#include <bits/stdc++.h>
using namespace std;

long long prefix_occurrence_total(string s) {
    int n = s.size();
    long long total = 0;
    for (int i = 0; i < n; i++) {
        int k = 0;
        while (i + k < n && s[k] == s[i + k]) k++;
        total += k;
    }
    return total;
}
