#include <stdlib.h>
#include <string.h>

char* replay_keystrokes(char* keys) {
    char* text = malloc(1);
    text[0] = '\0';
    size_t len = 0, cursor = 0;
    for (size_t i = 0; keys[i]; i++) {
        char k = keys[i];
        if (k == '<') {
            if (cursor > 0) {
                // text = text[:cursor - 1] + text[cursor:]
                char* next = malloc(len);
                memcpy(next, text, cursor - 1);
                memcpy(next + cursor - 1, text + cursor, len - cursor + 1);
                free(text);
                text = next;
                len--;
                cursor--;
            }
        } else if (k == '-') {
            if (cursor > 0) cursor--;
        } else if (k == '+') {
            if (cursor < len) cursor++;
        } else {
            // text = text[:cursor] + k + text[cursor:]
            char* next = malloc(len + 2);
            memcpy(next, text, cursor);
            next[cursor] = k;
            memcpy(next + cursor + 1, text + cursor, len - cursor + 1);
            free(text);
            text = next;
            len++;
            cursor++;
        }
    }
    return text;
}
