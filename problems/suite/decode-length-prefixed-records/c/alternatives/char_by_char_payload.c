#include <stdlib.h>
#include <string.h>

char** decode_records(char* stream, int* returnSize) {
    size_t n = strlen(stream);
    char** out = malloc(sizeof(char*) * (n / 2 + 1));
    int count = 0;
    size_t i = 0;
    while (i < n) {
        size_t len = 0;
        while (stream[i] != ':') {
            len = len * 10 + (size_t)(stream[i] - '0');
            i++;
        }
        i++;
        // grow the payload one character at a time
        char* payload = malloc(1);
        payload[0] = '\0';
        for (size_t k = 0; k < len; k++) {
            payload = realloc(payload, k + 2);
            payload[k] = stream[i++];
            payload[k + 1] = '\0';
        }
        out[count++] = payload;
    }
    *returnSize = count;
    return out;
}
