#include <stdlib.h>
#include <string.h>

long long count_repeated_snippets(char* s, long long k) {
    int n = (int)strlen(s);
    if (k > n) return 0;
    int m = n - (int)k + 1;
    int* seen = malloc(sizeof(int) * (size_t)m);   // start of each distinct snippet found
    int* counts = malloc(sizeof(int) * (size_t)m);
    int distinct = 0;
    for (int i = 0; i < m; i++) {
        int found = -1;
        for (int j = 0; j < distinct; j++) {
            if (strncmp(s + seen[j], s + i, (size_t)k) == 0) {
                found = j;
                break;
            }
        }
        if (found >= 0) {
            counts[found]++;
        } else {
            seen[distinct] = i;
            counts[distinct] = 1;
            distinct++;
        }
    }
    long long repeated = 0;
    for (int j = 0; j < distinct; j++)
        if (counts[j] > 1) repeated++;
    free(seen);
    free(counts);
    return repeated;
}
