#include <stdlib.h>
#include <string.h>

long long* line_sums(char* text, int* returnSize) {
    size_t n = strlen(text);
    long long* sums = malloc(sizeof(long long) * (n + 1));
    int count = 0;
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        if (text[i] != '\n') continue;
        // copy the line out, then split the copy on commas
        size_t len = i - start;
        char* line = malloc(len + 1);
        memcpy(line, text + start, len);
        line[len] = '\0';
        long long total = 0;
        for (char* field = strtok(line, ","); field != NULL; field = strtok(NULL, ",")) {
            size_t flen = strlen(field);
            char* copy = malloc(flen + 1);
            memcpy(copy, field, flen + 1);
            total += strtoll(copy, NULL, 10);
            free(copy);
        }
        free(line);
        sums[count++] = total;
        start = i + 1;
    }
    *returnSize = count;
    return sums;
}
