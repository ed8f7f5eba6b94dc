#include <stdlib.h>
#include <string.h>

char** decode_records(char* stream, int* returnSize) {
    size_t cap = 1024;
    int count = 0;
    char** out = malloc(sizeof(char*) * cap);
    const char* s = stream;
    while (*s) {
        size_t len = 0;
        while (*s != ':') len = len * 10 + (size_t)(*s++ - '0');
        ++s;
        char* payload = malloc(len + 1);
        memcpy(payload, s, len);
        payload[len] = '\0';
        if ((size_t)count == cap) {
            cap *= 2;
            out = realloc(out, sizeof(char*) * cap);
        }
        out[count++] = payload;
        s += len;
    }
    *returnSize = count;
    return out;
}
