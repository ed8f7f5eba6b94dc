#include <bits/stdc++.h>
using namespace std;

string replay_keystrokes(string keys) {
    vector<char> chars;
    size_t cursor = 0;
    for (char k : keys) {
        if (k == '<') {
            if (cursor) {
                chars.erase(chars.begin() + cursor - 1);
                cursor--;
            }
        } else if (k == '-') {
            if (cursor) cursor--;
        } else if (k == '+') {
            if (cursor < chars.size()) cursor++;
        } else {
            chars.insert(chars.begin() + cursor, k);
            cursor++;
        }
    }
    return string(chars.begin(), chars.end());
}
