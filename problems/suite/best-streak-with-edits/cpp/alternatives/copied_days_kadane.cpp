#include <algorithm>
#include <tuple>
#include <vector>

// Kadane over days[lo..hi]; the whole array is passed by value on every question.
static long long kadane(std::vector<long long> days, long long lo, long long hi) {
    long long best = days[lo], current = 0;
    for (long long d = lo; d <= hi; ++d) {
        current = std::max(days[d], current + days[d]);
        best = std::max(best, current);
    }
    return best;
}

std::vector<long long> best_streak_with_edits(std::vector<long long> profits,
                                              std::vector<std::vector<long long>> operations) {
    std::vector<long long> out;
    for (auto op : operations) {
        if (op[0] == 0)
            profits[op[1]] = op[2];
        else
            out.push_back(kadane(profits, op[1], op[2]));
    }
    return out;
}
