#include <map>
#include <set>
#include <tuple>
#include <vector>

const long long MOD = 1000000007LL;

long long blocked_lattice_walks(long long rows, long long cols, std::vector<std::vector<long long>> blocked) {
    // Count walks plot by plot, one row at a time: O(rows * cols).
    std::map<long long, std::set<long long>> bad;
    for (auto& b : blocked) bad[b[0]].insert(b[1]);
    std::vector<long long> row(cols, 0);
    for (long long r = 0; r < rows; ++r) {
        std::set<long long> cut;
        if (bad.count(r)) cut = bad[r];
        for (long long c = 0; c < cols; ++c) {
            if (cut.count(c))
                row[c] = 0;
            else if (r == 0 && c == 0)
                row[c] = 1;
            else if (c > 0)
                row[c] = (row[c] + row[c - 1]) % MOD;
        }
    }
    return row[cols - 1];
}
