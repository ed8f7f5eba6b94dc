#include <tuple>
#include <vector>

std::vector<long long> paint_layer_thickness(long long n, const std::vector<std::vector<long long>>& strokes) {
    std::vector<long long> thickness(n, 0);
    for (const auto& s : strokes)
        for (long long i = s[0]; i <= s[1]; ++i) thickness[i] += s[2];
    return thickness;
}
