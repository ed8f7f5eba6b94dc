#include <bits/stdc++.h>
using namespace std;

vector<long long> quiet_days_in_period(vector<long long> noise, vector<vector<long long>> periods) {
    vector<long long> answer;
    for (auto p : periods) {
        // copy the period's days out, then count the quiet ones
        vector<long long> part(noise.begin() + p[0], noise.begin() + p[1] + 1);
        long long c = 0;
        for (long long x : part)
            if (x <= p[2]) c++;
        answer.push_back(c);
    }
    return answer;
}
