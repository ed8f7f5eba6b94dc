#include <bits/stdc++.h>
using namespace std;

vector<long long> quiet_days_in_period(vector<long long> noise, vector<vector<long long>> periods) {
    vector<long long> answer;
    for (auto& p : periods) {
        long long c = 0;
        for (long long i = p[0]; i <= p[1]; i++)
            if (noise[i] <= p[2]) c++;
        answer.push_back(c);
    }
    return answer;
}
