#include <bits/stdc++.h>
using namespace std;

static string join(const vector<string>& words) {
    string out;
    for (size_t i = 0; i < words.size(); i++) {
        if (i) out += " ";
        out += words[i];
    }
    return out;
}

vector<string> wrap_words(string text, long long width) {
    vector<string> lines, current;
    istringstream in(text);
    string word;
    while (in >> word) {
        vector<string> trial = current;
        trial.push_back(word);
        if (!current.empty() && (long long)join(trial).size() > width) {
            lines.push_back(join(current));
            current = {word};
        } else {
            current = trial;
        }
    }
    if (!current.empty()) lines.push_back(join(current));
    return lines;
}
