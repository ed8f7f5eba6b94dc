#include <bits/stdc++.h>
using namespace std;

vector<long long> jobs_doable_with_toolbox(long long bits, vector<long long> jobs, vector<long long> toolboxes) {
    vector<long long> result;
    for (long long box : toolboxes) {
        long long count = 0;
        for (long long job : jobs)
            if ((job & box) == job) count++;
        result.push_back(count);
    }
    return result;
}
