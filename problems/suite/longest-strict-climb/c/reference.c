#include <stdlib.h>

long long longest_strict_climb(long long* altitudes, int altitudesSize) {
    // tails[k] = smallest last altitude of a strict climb of length k + 1
    long long* tails = malloc(sizeof(long long) * (altitudesSize + 1));
    int len = 0;
    for (int i = 0; i < altitudesSize; i++) {
        long long x = altitudes[i];
        int lo = 0, hi = len;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (tails[mid] < x) lo = mid + 1; else hi = mid;
        }
        tails[lo] = x;
        if (lo == len) len++;
    }
    return len;
}
