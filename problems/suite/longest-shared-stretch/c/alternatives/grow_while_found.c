#include <string.h>

/* Grows the best length one character at a time: a piece of b starting at i
   one longer than the best so far is cut out (a NUL put after it) and
   searched for in a with strstr. */
long long longest_shared_stretch(char* a, char* b) {
    long long best = 0;
    const long long nb = (long long)strlen(b);
    for (long long i = 0; i < nb; i++) {
        while (i + best < nb) {
            char saved = b[i + best + 1];
            b[i + best + 1] = '\0';
            int found = strstr(a, b + i) != NULL;
            b[i + best + 1] = saved;
            if (!found) break;
            best++;
        }
    }
    return best;
}
