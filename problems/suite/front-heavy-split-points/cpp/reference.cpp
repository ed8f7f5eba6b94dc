#include <tuple>
#include <vector>

std::vector<long long> front_heavy_split_points(const std::vector<long long>& loads) {
    // front / k >= back / (n - k)  <=>  front * (n - k) >= back * k (|values| < 5e16).
    const long long n = (long long)loads.size();
    long long total = 0;
    for (long long x : loads) total += x;
    std::vector<long long> out;
    out.reserve(n);
    long long front = 0;
    for (long long k = 1; k < n; ++k) {
        front += loads[k - 1];
        if (front * (n - k) >= (total - front) * k) out.push_back(k);
    }
    return out;
}
