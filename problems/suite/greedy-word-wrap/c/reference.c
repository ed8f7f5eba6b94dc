#include <stdlib.h>
#include <string.h>

static int is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

/* One pass over the text: each word either joins the current line or starts a
   new one. Lines are written back to back into one block (the text's length
   plus one bounds it: a line's terminator takes the place of a separator). */
char** wrap_words(char* text, long long width, int* returnSize) {
    const size_t n = strlen(text);
    char* block = malloc(n + 2);
    char** lines = malloc(sizeof(char*) * (n / 2 + 2));
    int count = 0;
    char* line = block; /* start of the current line */
    long long used = 0; /* its length; 0 while empty */
    size_t i = 0;
    while (i < n) {
        while (i < n && is_space(text[i])) i++;
        if (i == n) break;
        size_t j = i;
        while (j < n && !is_space(text[j])) j++;
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
