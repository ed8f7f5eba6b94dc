#include <bits/stdc++.h>
using namespace std;

vector<string> dedupe_contacts(vector<string> records) {
    vector<string> seen;
    vector<string> result;
    for (string record : records) {
        string email = record.substr(record.find(',') + 1);
        int at = email.find('@');
        string local = email.substr(0, at);
        string domain = email.substr(at + 1);
        if (local.find('+') != string::npos) local = local.substr(0, local.find('+'));
        string normalized = local + "@" + domain;
        transform(normalized.begin(), normalized.end(), normalized.begin(), ::tolower);
        if (find(seen.begin(), seen.end(), normalized) == seen.end()) {
            seen.push_back(normalized);
            result.push_back(record);
        }
    }
    return result;
}
