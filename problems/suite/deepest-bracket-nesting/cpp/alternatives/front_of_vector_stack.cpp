#include <bits/stdc++.h>
using namespace std;

long long deepest_bracket_nesting(string text) {
    map<char, char> match = {{')', '('}, {']', '['}, {'}', '{'}};
    vector<char> stack;  // the most recent open bracket is kept at the front
    long long best = 0;
    for (char ch : text) {
        if (ch == '(' || ch == '[' || ch == '{') {
            stack.insert(stack.begin(), ch);
            best = max(best, (long long)stack.size());
        } else if (match.count(ch)) {
            if (stack.empty() || stack.front() != match[ch]) return -1;
            stack.erase(stack.begin());
        }
    }
    return stack.empty() ? best : -1;
}
