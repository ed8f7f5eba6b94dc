#include <stdlib.h>

long long* front_heavy_split_points(long long* loads, int loadsSize, int* returnSize) {
    // front / k >= back / (n - k)  <=>  front * (n - k) >= back * k (|values| < 5e16)
    const int n = loadsSize;
    long long total = 0;
    for (int i = 0; i < n; ++i) total += loads[i];
    long long* out = malloc(sizeof(long long) * (size_t)(n > 0 ? n : 1));
    long long* w = out;
    long long front = 0, back = total;
    for (int k = 1; k < n; ++k) {
        front += loads[k - 1];
        back -= loads[k - 1];
        *w = k;
        w += front * (n - k) >= back * k;
    }
    *returnSize = (int)(w - out);
    return out;
}
