#include <stdlib.h>
#include <string.h>

/* The lengths of the intact runs between damaged cells; every window of
   k + 1 consecutive runs is summed again from scratch. */
long long longest_intact_stretch(char* road, long long k) {
    const int n = (int)strlen(road);
    int* runs = malloc(sizeof(int) * ((size_t)n + 1));
    int m = 0, run = 0;
    for (int i = 0; i < n; i++) {
        if (road[i] == 'x') {
            runs[m++] = run;
            run = 0;
        } else {
            run++;
        }
    }
    runs[m++] = run;
    if (k >= m - 1) {
        free(runs);
        return n;
    }
    long long best = 0;
    for (int i = 0; i + k < m; i++) {
        long long total = 0;
        for (int j = i; j <= i + k; j++) total += runs[j];
        if (total + k > best) best = total + k;
    }
    free(runs);
    return best;
}
