#include <tuple>
#include <utility>
#include <vector>

long long covered_length(const std::vector<std::vector<long long>>& intervals) {
    std::vector<std::pair<long long, long long>> blocks;  // disjoint blocks, unordered
    for (const auto& iv : intervals) {
        long long a = iv[0], b = iv[1];
        std::vector<std::pair<long long, long long>> kept;
        for (const auto& blk : blocks) {
            if (blk.second < a || b < blk.first) {
                kept.push_back(blk);
            } else {  // overlapping or touching: absorb the block into the new one
                if (blk.first < a) a = blk.first;
                if (blk.second > b) b = blk.second;
            }
        }
        kept.push_back({a, b});
        blocks = kept;
    }
    long long total = 0;
    for (const auto& blk : blocks) total += blk.second - blk.first;
    return total;
}
