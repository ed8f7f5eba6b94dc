#include <stdlib.h>

long long longest_strict_climb(long long* altitudes, int altitudesSize) {
    long long* tails = malloc(sizeof(long long) * (altitudesSize + 1));
    int len = 0;
    for (int i = 0; i < altitudesSize; i++) {
        long long x = altitudes[i];
        int k = 0;
        while (k < len && tails[k] < x) k++;
        tails[k] = x;
        if (k == len) len++;
    }
    return len;
}
