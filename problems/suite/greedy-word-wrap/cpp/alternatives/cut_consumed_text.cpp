#include <bits/stdc++.h>
using namespace std;

vector<string> wrap_words(string text, long long width) {
    vector<string> lines;
    while (true) {
        size_t start = text.find_first_not_of(" \n\t\r");
        if (start == string::npos) break;
        size_t pos = start;
        string line;
        while (pos < text.size()) {
            size_t word_start = text.find_first_not_of(" \n\t\r", pos);
            if (word_start == string::npos) { pos = text.size(); break; }
            size_t word_end = text.find_first_of(" \n\t\r", word_start);
            if (word_end == string::npos) word_end = text.size();
            string word = text.substr(word_start, word_end - word_start);
            if (!line.empty() && (long long)(line.size() + 1 + word.size()) > width) break;
            if (!line.empty()) line += " ";
            line += word;
            pos = word_end;
        }
        lines.push_back(line);
        text = text.substr(pos);  // the rest of the text still to wrap
    }
    return lines;
}
