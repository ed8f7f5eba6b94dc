#include <tuple>
#include <vector>

std::vector<long long> smallest_task_sequence(long long n, std::vector<std::vector<long long>> rules) {
    // each step rescans the labels from 0 for the first task with nothing pending
    std::vector<std::vector<long long>> after(n);
    std::vector<long long> need(n, 0);
    for (auto& r : rules) {
        after[r[0]].push_back(r[1]);
        need[r[1]]++;
    }
    std::vector<bool> done(n, false);
    std::vector<long long> order;
    for (long long step = 0; step < n; ++step) {
        long long pick = -1;
        for (long long i = 0; i < n; ++i)
            if (!done[i] && need[i] == 0) {
                pick = i;
                break;
            }
        if (pick == -1) return {};
        done[pick] = true;
        order.push_back(pick);
        for (long long v : after[pick]) need[v]--;
    }
    return order;
}
