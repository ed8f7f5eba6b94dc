#include <stdlib.h>
#include <string.h>

long long shared_subsequence_length(char* first, char* second) {
    int n = (int)strlen(first), m = (int)strlen(second);
    long long* prev = calloc((size_t)m + 1, sizeof(long long));
    long long* cur = calloc((size_t)m + 1, sizeof(long long));
    for (int i = 0; i < n; i++) {
        for (int j = 1; j <= m; j++) {
            if (first[i] == second[j - 1]) cur[j] = prev[j - 1] + 1;
            else cur[j] = prev[j] > cur[j - 1] ? prev[j] : cur[j - 1];
        }
        memcpy(prev, cur, ((size_t)m + 1) * sizeof(long long));  // copy the row instead of swapping
    }
    long long best = prev[m];
    free(prev);
    free(cur);
    return best;
}
