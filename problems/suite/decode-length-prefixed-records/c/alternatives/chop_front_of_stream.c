#include <stdlib.h>
#include <string.h>

char** decode_records(char* stream, int* returnSize) {
    size_t rest = strlen(stream);
    char** out = malloc(sizeof(char*) * (rest / 2 + 1));
    int count = 0;
    while (rest > 0) {
        char* colon = strchr(stream, ':');
        size_t len = (size_t)atoi(stream);
        size_t head = (size_t)(colon - stream) + 1;
        char* payload = malloc(len + 1);
        memcpy(payload, colon + 1, len);
        payload[len] = '\0';
        out[count++] = payload;
        // drop the record just read from the front of the stream
        rest -= head + len;
        memmove(stream, stream + head + len, rest + 1);
    }
    *returnSize = count;
    return out;
}
