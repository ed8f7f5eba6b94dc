#include <tuple>
#include <vector>

std::vector<long long> paint_layer_thickness(long long n, std::vector<std::vector<long long>> strokes) {
    std::vector<long long> thickness(n, 0);
    for (auto s : strokes) {
        // rebuild the painted stretch as a new vector, then splice it back in
        std::vector<long long> painted(thickness.begin() + s[0], thickness.begin() + s[1] + 1);
        for (auto& x : painted) x += s[2];
        std::vector<long long> rebuilt(thickness.begin(), thickness.begin() + s[0]);
        rebuilt.insert(rebuilt.end(), painted.begin(), painted.end());
        rebuilt.insert(rebuilt.end(), thickness.begin() + s[1] + 1, thickness.end());
        thickness = rebuilt;
    }
    return thickness;
}
