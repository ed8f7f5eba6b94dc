#include <string.h>

/* For each start, tries length 1, 2, 3, ... and re-compares the whole
   candidate prefix with strncmp each time. */
long long prefix_occurrence_total(char* s) {
    const int n = (int)strlen(s);
    long long total = 0;
    for (int i = 0; i < n; i++) {
        int len = 0;
        while (i + len < n && strncmp(s + i, s, (size_t)len + 1) == 0) len++;
        total += len;
    }
    return total;
}
