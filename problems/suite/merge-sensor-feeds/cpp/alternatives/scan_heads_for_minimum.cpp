#include <tuple>
#include <vector>

std::vector<long long> merge_order(std::vector<std::vector<long long>> feeds) {
    std::vector<long long> pos(feeds.size(), 0);
    long long total = 0;
    for (auto& f : feeds) total += f.size();
    std::vector<long long> result;
    for (long long step = 0; step < total; ++step) {
        // look at the head of every feed for the smallest one
        long long best = -1;
        for (long long i = 0; i < (long long)feeds.size(); ++i) {
            if (pos[i] < (long long)feeds[i].size()) {
                if (best == -1 || feeds[i][pos[i]] < feeds[best][pos[best]]) best = i;
            }
        }
        result.push_back(best);
        pos[best]++;
    }
    return result;
}
