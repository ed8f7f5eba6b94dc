#include <tuple>
#include <vector>

std::vector<long long> paint_layer_thickness(long long n, const std::vector<std::vector<long long>>& strokes) {
    // difference array: +t where a stroke starts, -t just past where it ends
    std::vector<long long> out(n + 1, 0);
    for (const auto& s : strokes) {
        out[s[0]] += s[2];
        out[s[1] + 1] -= s[2];
    }
    for (long long i = 1; i < n; ++i) out[i] += out[i - 1];
    out.pop_back();
    return out;
}
