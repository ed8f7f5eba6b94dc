#include <stdlib.h>
#include <string.h>

char* replay_keystrokes(char* keys) {
    size_t n = strlen(keys);
    char* text = malloc(n + 1);
    size_t len = 0, cursor = 0;
    for (size_t i = 0; i < n; i++) {
        char k = keys[i];
        if (k == '<') {
            if (cursor > 0) {
                memmove(text + cursor - 1, text + cursor, len - cursor);
                len--;
                cursor--;
            }
        } else if (k == '-') {
            if (cursor > 0) cursor--;
        } else if (k == '+') {
            if (cursor < len) cursor++;
        } else {
            memmove(text + cursor + 1, text + cursor, len - cursor);
            text[cursor++] = k;
            len++;
        }
    }
    text[len] = '\0';
    return text;
}
