#include <stdlib.h>
#include <string.h>

long long* finish_times(long long* bursts, int burstsSize, long long quantum, int* returnSize) {
    /* round by round over an array of unfinished jobs; finished jobs are erased in place */
    int n = burstsSize;
    int* active = malloc(sizeof(int) * (size_t)(n + 1));
    long long* result = malloc(sizeof(long long) * (size_t)(n + 1));
    int count = n;
    for (int i = 0; i < n; i++) active[i] = i;
    long long time = 0;
    while (count > 0) {
        for (int k = 0; k < count;) {
            int i = active[k];
            long long run = quantum < bursts[i] ? quantum : bursts[i];
            time += run;
            bursts[i] -= run;
            if (bursts[i] == 0) {
                result[i] = time;
                memmove(active + k, active + k + 1, sizeof(int) * (size_t)(count - k - 1));
                count--;
            } else {
                k++;
            }
        }
    }
    free(active);
    *returnSize = n;
    return result;
}
