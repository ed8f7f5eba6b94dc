#include <algorithm>
#include <tuple>
#include <vector>

std::vector<long long> finish_times(std::vector<long long> bursts, long long quantum) {
    // round by round over a vector of unfinished jobs; finished jobs are erased in place
    std::vector<int> active;
    for (int i = 0; i < (int)bursts.size(); ++i) active.push_back(i);
    std::vector<long long> left = bursts, result(bursts.size());
    long long time = 0;
    while (!active.empty()) {
        for (size_t k = 0; k < active.size();) {
            int i = active[k];
            long long run = std::min(quantum, left[i]);
            time += run;
            left[i] -= run;
            if (left[i] == 0) {
                result[i] = time;
                active.erase(active.begin() + k);
            } else {
                ++k;
            }
        }
    }
    return result;
}
