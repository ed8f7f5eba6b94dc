#include <bits/stdc++.h>
using namespace std;

long long deepest_bracket_nesting(string text) {
    string stack = "";
    long long best = 0;
    for (char ch : text) {
        if (ch == '(' || ch == '[' || ch == '{') {
            stack = stack + ch;
            best = max(best, (long long)stack.size());
        } else if (ch == ')' || ch == ']' || ch == '}') {
            char want = ch == ')' ? '(' : ch == ']' ? '[' : '{';
            if (stack.empty() || stack.back() != want) return -1;
            stack = stack.substr(0, stack.size() - 1);
        }
    }
    return stack.empty() ? best : -1;
}
