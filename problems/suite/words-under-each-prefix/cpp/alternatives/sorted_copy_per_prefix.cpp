#include <bits/stdc++.h>
using namespace std;

long long count_one(vector<string> ordered, string p) {
    auto a = lower_bound(ordered.begin(), ordered.end(), p);
    auto b = lower_bound(ordered.begin(), ordered.end(), p + "{");
    return b - a;
}

vector<long long> count_words_with_prefix(vector<string> words, vector<string> prefixes) {
    sort(words.begin(), words.end());
    vector<long long> out;
    // the sorted words are passed by value into the helper for every prefix
    for (string p : prefixes) out.push_back(count_one(words, p));
    return out;
}
