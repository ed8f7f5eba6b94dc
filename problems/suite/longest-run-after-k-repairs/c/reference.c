#include <stdlib.h>
#include <string.h>

/* Positions of the damaged cells, with sentinels at -1 and n: repairing k
   consecutive damaged cells joins the stretch between bad[i] and bad[i+k+1]. */
long long longest_intact_stretch(char* road, long long k) {
    const int n = (int)strlen(road);
    int* bad = malloc(sizeof(int) * ((size_t)n + 2));
    int m = 0;
    bad[m++] = -1;
    for (int i = 0; i < n; i++)
        if (road[i] == 'x') bad[m++] = i;
    bad[m++] = n;
    const long long damaged = m - 2;
    if (k >= damaged) {
        free(bad);
        return n;
    }
    const int w = (int)k + 1;
    int best = 0;
    for (int i = 0; i + w < m; i++) {
        const int len = bad[i + w] - bad[i] - 1;
        if (len > best) best = len;
    }
    free(bad);
    return best;
}
