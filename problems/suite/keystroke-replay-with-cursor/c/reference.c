#include <string.h>

// keys has at most 60 000 characters, and every key adds at most one character
static char out[60001];

char* replay_keystrokes(char* keys) {
    // A gap buffer: out[0, b) is the text before the cursor, out[a, n) the text after it.
    // Every key adds at most one character, so the two ends never meet.
    const size_t n = strlen(keys);
    size_t b = 0, a = n;
    for (const char* p = keys; *p; ++p) {
        const char k = *p;
        if (k == '<') {
            if (b) --b;
        } else if (k == '-') {
            if (b) out[--a] = out[--b];
        } else if (k == '+') {
            if (a < n) out[b++] = out[a++];
        } else {
            out[b++] = k;
        }
    }
    memmove(out + b, out + a, n - a);
    out[b + (n - a)] = '\0';
    return out;
}
