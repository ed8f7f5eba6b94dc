#include <stdlib.h>
#include <string.h>

char* expand_runs(char* code) {
    size_t n = strlen(code);
    // every character of the code expands to at most 99 characters
    char* out = malloc(n * 99 + 1);
    out[0] = '\0';
    char run[100];
    size_t i = 0;
    while (i < n) {
        char ch = code[i++];
        int count = 0;
        while (i < n && code[i] >= '0' && code[i] <= '9') {
            count = count * 10 + (code[i] - '0');
            i++;
        }
        if (count == 0) count = 1;
        memset(run, ch, (size_t)count);
        run[count] = '\0';
        strcat(out, run);
    }
    return out;
}
