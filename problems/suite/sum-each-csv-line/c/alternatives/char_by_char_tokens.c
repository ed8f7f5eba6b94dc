#include <stdlib.h>
#include <string.h>

long long* line_sums(char* text, int* returnSize) {
    size_t n = strlen(text);
    long long* sums = malloc(sizeof(long long) * (n + 1));
    int count = 0;
    char token[32] = "";
    long long total = 0;
    for (size_t i = 0; i < n; i++) {
        char c = text[i];
        if (c == ',' || c == '\n') {
            if (token[0] != '\0') total += atoll(token);
            token[0] = '\0';
            if (c == '\n') {
                sums[count++] = total;
                total = 0;
            }
        } else {
            char piece[2] = {c, '\0'};
            strcat(token, piece);
        }
    }
    *returnSize = count;
    return sums;
}
