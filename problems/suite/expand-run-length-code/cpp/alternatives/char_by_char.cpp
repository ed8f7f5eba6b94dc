#include <bits/stdc++.h>
using namespace std;

string expand_runs(string code) {
    string out;
    char letter = 0;
    string digits = "";
    code += "a";
    for (char ch : code) {
        if (isalpha(ch)) {
            if (letter) {
                int times = digits.empty() ? 1 : stoi(digits);
                for (int k = 0; k < times; k++) out.push_back(letter);
            }
            letter = ch;
            digits = "";
        } else {
            digits += ch;
        }
    }
    return out;
}
