#include <bits/stdc++.h>
using namespace std;

string expand_runs(string code) {
    string result;
    while (!code.empty()) {
        char ch = code[0];
        size_t len = 1;
        while (len < code.size() && isdigit(code[len])) len++;
        int count = len > 1 ? stoi(code.substr(1, len - 1)) : 1;
        result += string(count, ch);
        code.erase(0, len);  // drop the parsed run from the front
    }
    return result;
}
