#include <stdlib.h>
#include <string.h>

static int is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

/* The reference, but every loop over the text tests i < strlen(text). */
char** wrap_words(char* text, long long width, int* returnSize) {
    char* block = malloc(strlen(text) + 2);
    char** lines = malloc(sizeof(char*) * (strlen(text) / 2 + 2));
    int count = 0;
    char* line = block;
    long long used = 0;
    size_t i = 0;
    while (i < strlen(text)) {
        while (i < strlen(text) && is_space(text[i])) i++;
        if (i == strlen(text)) break;
        size_t j = i;
        while (j < strlen(text) && !is_space(text[j])) j++;
        const long long len = (long long)(j - i);
        if (used == 0) {
            memcpy(line, text + i, (size_t)len);
            used = len;
        } else if (used + 1 + len <= width) {
            line[used] = ' ';
            memcpy(line + used + 1, text + i, (size_t)len);
            used += 1 + len;
        } else {
            line[used] = '\0';
            lines[count++] = line;
            line += used + 1;
            memcpy(line, text + i, (size_t)len);
            used = len;
        }
        i = j;
    }
    if (used) {
        line[used] = '\0';
        lines[count++] = line;
    }
    *returnSize = count;
    return lines;
}
