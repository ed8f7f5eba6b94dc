#include <stdlib.h>
#include <string.h>

long long* quiet_days_in_period(long long* noise, int noiseSize, long long** periods,
                                int periodsSize, int* periodsColSize, int* returnSize) {
    long long* answer = malloc(sizeof(long long) * (size_t)(periodsSize + 1));
    for (int k = 0; k < periodsSize; k++) {
        long long lo = periods[k][0], hi = periods[k][1], limit = periods[k][2];
        /* copy the period's days out, then count the quiet ones */
        int len = (int)(hi - lo + 1);
        long long* part = malloc(sizeof(long long) * (size_t)len);
        memcpy(part, noise + lo, sizeof(long long) * (size_t)len);
        long long c = 0;
        for (int i = 0; i < len; i++)
            if (part[i] <= limit) c++;
        free(part);
        answer[k] = c;
    }
    *returnSize = periodsSize;
    return answer;
}
