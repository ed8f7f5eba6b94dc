#include <bits/stdc++.h>
using namespace std;

string replay_keystrokes(string keys) {
    string text = "";
    size_t cursor = 0;
    for (char k : keys) {
        if (k == '<') {
            if (cursor > 0) {
                text = text.substr(0, cursor - 1) + text.substr(cursor);
                cursor--;
            }
        } else if (k == '-') {
            if (cursor > 0) cursor--;
        } else if (k == '+') {
            if (cursor < text.size()) cursor++;
        } else {
            text = text.substr(0, cursor) + k + text.substr(cursor);
            cursor++;
        }
    }
    return text;
}
