#include <algorithm>
#include <tuple>
#include <vector>

long long longest_divisible_run(std::vector<long long> values, long long m) {
    std::vector<long long> residues{0};
    long long total = 0;
    for (long long x : values) {
        total = ((total + x) % m + m) % m;
        residues.push_back(total);
    }
    long long best = 0;
    for (long long r = 0; r < m; ++r) {
        // a run needs two prefix sums with the same residue
        if (std::count(residues.begin(), residues.end(), r) < 2) continue;
        long long i = std::find(residues.begin(), residues.end(), r) - residues.begin();
        long long j = residues.rend() - std::find(residues.rbegin(), residues.rend(), r) - 1;
        best = std::max(best, j - i);
    }
    return best;
}
