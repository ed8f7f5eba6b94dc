#include <bits/stdc++.h>
using namespace std;

vector<string> decode_records(string stream) {
    vector<string> out;
    int i = 0, n = stream.size();
    while (i < n) {
        string digits = "";
        while (stream[i] != ':') {
            digits = digits + stream[i];
            i++;
        }
        i++;
        int size = stoi(digits);
        string payload = "";
        for (int k = 0; k < size; k++) {
            payload = payload + stream[i];
            i++;
        }
        out.push_back(payload);
    }
    return out;
}
