#include <bits/stdc++.h>
using namespace std;

vector<string> decode_records(string stream) {
    vector<string> out;
    string rest = stream;
    while (!rest.empty()) {
        size_t colon = rest.find(':');
        int size = stoi(rest.substr(0, colon));
        out.push_back(rest.substr(colon + 1, size));
        // drop what has been read (shifts the whole remainder every time)
        rest.erase(0, colon + 1 + size);
    }
    return out;
}
