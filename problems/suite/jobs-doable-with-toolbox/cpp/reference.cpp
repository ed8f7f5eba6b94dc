#include <tuple>
#include <vector>

std::vector<long long> jobs_doable_with_toolbox(long long bits, const std::vector<long long>& jobs,
                                                const std::vector<long long>& toolboxes) {
    // Sum over subsets: f[m] = number of jobs whose mask is a subset of m.
    const int size = 1 << bits;
    std::vector<long long> f(size, 0);
    for (long long j : jobs) ++f[j];
    for (int b = 0; b < bits; ++b) {
        const int step = 1 << b;
        for (int base = 0; base < size; base += step << 1)
            for (int m = base; m < base + step; ++m) f[m + step] += f[m];
    }
    std::vector<long long> out;
    out.reserve(toolboxes.size());
    for (long long t : toolboxes) out.push_back(f[t]);
    return out;
}
