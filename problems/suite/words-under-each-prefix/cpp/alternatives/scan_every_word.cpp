#include <bits/stdc++.h>
using namespace std;

vector<long long> count_words_with_prefix(vector<string> words, vector<string> prefixes) {
    vector<long long> out;
    for (string p : prefixes) {
        long long c = 0;
        for (string w : words)
            if (w.compare(0, p.size(), p) == 0 && w.size() >= p.size()) c++;
        out.push_back(c);
    }
    return out;
}
