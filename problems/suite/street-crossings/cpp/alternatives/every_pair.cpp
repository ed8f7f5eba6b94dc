#include <tuple>
#include <vector>

long long street_crossings(std::vector<std::vector<long long>> east_west, std::vector<std::vector<long long>> north_south) {
    long long total = 0;
    for (const auto& h : east_west)
        for (const auto& v : north_south)
            if (h[0] <= v[0] && v[0] <= h[1] && v[1] <= h[2] && h[2] <= v[2]) ++total;
    return total;
}
