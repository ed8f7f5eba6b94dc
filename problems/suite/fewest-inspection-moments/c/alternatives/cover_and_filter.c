#include <stdlib.h>

long long fewest_inspections(long long** stays, int staysSize, int* staysColSize) {
    (void)staysColSize;
    int n = staysSize;
    long long* arrive = malloc(sizeof(long long) * (n + 1));
    long long* leave = malloc(sizeof(long long) * (n + 1));
    for (int i = 0; i < n; ++i) arrive[i] = stays[i][0], leave[i] = stays[i][1];
    long long count = 0;
    while (n > 0) {
        // the earliest leave among the stays not yet met, found by a scan
        long long first = leave[0];
        for (int i = 1; i < n; ++i)
            if (leave[i] < first) first = leave[i];
        const long long t = first - 1;
        ++count;
        // keep only the stays the inspection at t does not meet
        int m = 0;
        for (int i = 0; i < n; ++i)
            if (!(arrive[i] <= t && t < leave[i])) arrive[m] = arrive[i], leave[m] = leave[i], ++m;
        n = m;
    }
    free(arrive); free(leave);
    return count;
}
