#include <stdlib.h>
#include <string.h>

static long long sum_of(const long long* a, int len) {
    long long s = 0;
    for (int i = 0; i < len; ++i) s += a[i];
    return s;
}

long long* front_heavy_split_points(long long* loads, int loadsSize, int* returnSize) {
    const long long n = loadsSize;
    long long* out = malloc(sizeof(long long) * (size_t)(n > 0 ? n : 1));
    int m = 0;
    for (long long k = 1; k < n; ++k) {
        // copy out both parts and add each one up
        long long* front_part = malloc(sizeof(long long) * (size_t)k);
        long long* back_part = malloc(sizeof(long long) * (size_t)(n - k));
        memcpy(front_part, loads, sizeof(long long) * (size_t)k);
        memcpy(back_part, loads + k, sizeof(long long) * (size_t)(n - k));
        const long long front = sum_of(front_part, (int)k);
        const long long back = sum_of(back_part, (int)(n - k));
        free(front_part);
        free(back_part);
        if (front * (n - k) >= back * k) out[m++] = k;
    }
    *returnSize = m;
    return out;
}
