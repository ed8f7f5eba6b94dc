#include <bits/stdc++.h>
using namespace std;

long long count_anagram_pairs(vector<string> words) {
    map<string, long long> groups;
    for (string word : words) {
        sort(word.begin(), word.end());
        groups[word] += 1;
    }
    long long pairs = 0;
    for (auto& g : groups) pairs += g.second * (g.second - 1) / 2;
    return pairs;
}
