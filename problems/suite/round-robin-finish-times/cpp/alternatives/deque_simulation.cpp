#include <algorithm>
#include <deque>
#include <tuple>
#include <utility>
#include <vector>

std::vector<long long> finish_times(std::vector<long long> bursts, long long quantum) {
    std::deque<std::pair<int, long long>> queue;
    for (int i = 0; i < (int)bursts.size(); ++i) queue.push_back({i, bursts[i]});
    std::vector<long long> result(bursts.size());
    long long time = 0;
    while (!queue.empty()) {
        auto [i, left] = queue.front();
        queue.pop_front();
        long long run = std::min(quantum, left);
        time += run;
        left -= run;
        if (left > 0) queue.push_back({i, left});
        else result[i] = time;
    }
    return result;
}
