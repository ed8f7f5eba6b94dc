#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

long long* line_sums(char* text, int* returnSize) {
    size_t cap = 1024, count = 0;
    long long* sums = malloc(sizeof(long long) * cap);
    const unsigned char* p = (const unsigned char*)text;
    while (*p) {
        long long total = 0;
        if (*p != '\n') {
            // one or more fields: [-]digits, separated by ',' and ended by '\n'
            for (;;) {
                const bool neg = *p == '-';
                p += neg;
                long long cur = 0;
                for (unsigned d; (d = (unsigned)*p - '0') < 10; ++p) cur = cur * 10 + d;
                total += neg ? -cur : cur;
                if (*p++ != ',') break;
            }
        } else {
            ++p;  // an empty line adds 0
        }
        if (count == cap) {
            cap *= 2;
            sums = realloc(sums, sizeof(long long) * cap);
        }
        sums[count++] = total;
    }
    *returnSize = (int)count;
    return sums;
}
