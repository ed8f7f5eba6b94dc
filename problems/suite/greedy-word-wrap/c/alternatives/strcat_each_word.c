#include <stdlib.h>
#include <string.h>

/* Words cut out with strtok; each line built with strcat and measured with
   strlen, both of which walk the line from its start for every word. */
char** wrap_words(char* text, long long width, int* returnSize) {
    char** lines = malloc(sizeof(char*) * (strlen(text) / 2 + 2));
    int count = 0;
    char* line = NULL;
    for (char* word = strtok(text, " \n\t\r"); word; word = strtok(NULL, " \n\t\r")) {
        size_t len = strlen(word);
        if (line && (long long)(strlen(line) + 1 + len) <= width) {
            strcat(line, " ");
            strcat(line, word);
            continue;
        }
        if (line) lines[count++] = line;
        line = malloc((size_t)(width > (long long)len ? width : (long long)len) + 1);
        strcpy(line, word);
    }
    if (line) lines[count++] = line;
    *returnSize = count;
    return lines;
}
