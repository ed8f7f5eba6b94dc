#include <stdlib.h>
#include <string.h>

long long shared_subsequence_length(char* first, char* second) {
    int n = (int)strlen(first), m = (int)strlen(second);
    int* prev = calloc((size_t)m + 1, sizeof(int));
    int* cur = calloc((size_t)m + 1, sizeof(int));
    for (int i = 1; i <= n; i++) {
        char c = first[i - 1];
        for (int j = 1; j <= m; j++) {
            if (c == second[j - 1]) cur[j] = prev[j - 1] + 1;
            else cur[j] = prev[j] > cur[j - 1] ? prev[j] : cur[j - 1];
        }
        int* tmp = prev;
        prev = cur;
        cur = tmp;
    }
    long long best = prev[m];
    free(prev);
    free(cur);
    return best;
}
