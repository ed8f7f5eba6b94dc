#include <algorithm>
#include <tuple>
#include <vector>

std::vector<long long> best_streak_with_edits(const std::vector<long long>& profits,
                                              const std::vector<std::vector<long long>>& operations) {
    // Apply edits in place; answer each question with Kadane's scan over the range.
    std::vector<long long> days(profits);
    std::vector<long long> out;
    for (const auto& op : operations) {
        if (op[0] == 0) {
            days[op[1]] = op[2];
        } else {
            long long best = days[op[1]], run = 0;
            for (long long d = op[1]; d <= op[2]; ++d) {
                run = std::max(days[d], run + days[d]);
                best = std::max(best, run);
            }
            out.push_back(best);
        }
    }
    return out;
}
