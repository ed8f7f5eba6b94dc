#include <bits/stdc++.h>
using namespace std;

long long prefix_value(string expr) {
    const long long MOD = 1000000007LL;
    // split into tokens, growing each token one character at a time
    vector<string> tokens;
    string cur = "";
    for (char c : expr) {
        if (c == ' ') {
            tokens.push_back(cur);
            cur = "";
        } else {
            cur = cur + c;
        }
    }
    tokens.push_back(cur);
    stack<long long> st;
    for (int i = (int)tokens.size() - 1; i >= 0; i--) {
        string t = tokens[i];
        if (t == "+" || t == "-" || t == "*") {
            long long a = st.top();
            st.pop();
            long long b = st.top();
            st.pop();
            if (t == "+") st.push((a + b) % MOD);
            else if (t == "-") st.push(((a - b) % MOD + MOD) % MOD);
            else st.push(a * b % MOD);
        } else {
            st.push(stoll(t) % MOD);
        }
    }
    return st.top();
}
