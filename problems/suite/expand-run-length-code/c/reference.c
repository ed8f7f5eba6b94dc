#include <stdlib.h>
#include <string.h>

char* expand_runs(char* code) {
    // First pass: the exact output length, so the result is allocated once.
    size_t total = 0;
    for (const char* p = code; *p;) {
        ++p;
        unsigned count = 0;
        while (*p >= '0' && *p <= '9') count = count * 10 + (unsigned)(*p++ - '0');
        total += count ? count : 1;
    }
    char* out = malloc(total + 1);
    char* w = out;
    for (const char* p = code; *p;) {
        char ch = *p++;
        unsigned count = 0;
        while (*p >= '0' && *p <= '9') count = count * 10 + (unsigned)(*p++ - '0');
        if (count <= 1) {
            *w++ = ch;
        } else {
            memset(w, ch, count);
            w += count;
        }
    }
    *w = '\0';
    return out;
}
