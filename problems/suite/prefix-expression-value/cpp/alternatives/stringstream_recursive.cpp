#include <bits/stdc++.h>
using namespace std;

const long long MOD = 1000000007LL;

long long parse(const vector<string>& tokens, int& pos) {
    string token = tokens[pos++];
    if (token == "+") {
        long long l = parse(tokens, pos);
        return (l + parse(tokens, pos)) % MOD;
    }
    if (token == "-") {
        long long l = parse(tokens, pos);
        return ((l - parse(tokens, pos)) % MOD + MOD) % MOD;
    }
    if (token == "*") {
        long long l = parse(tokens, pos);
        return l * parse(tokens, pos) % MOD;
    }
    return stoll(token) % MOD;
}

long long prefix_value(string expr) {
    istringstream in(expr);
    vector<string> tokens;
    string tok;
    while (in >> tok) tokens.push_back(tok);
    int pos = 0;
    return parse(tokens, pos);
}
