#include <stdlib.h>
#include <string.h>

/* Normalised addresses kept in an array and searched linearly with strcmp. */
char** dedupe_contacts(char** records, int recordsSize, int* returnSize) {
    char** seen = malloc(sizeof(char*) * (recordsSize > 0 ? recordsSize : 1));
    int seenCount = 0;
    char** out = malloc(sizeof(char*) * (recordsSize > 0 ? recordsSize : 1));
    int kept = 0;
    for (int r = 0; r < recordsSize; r++) {
        const char* rec = records[r];
        const char* p = strchr(rec, ',') + 1;
        char* key = malloc(strlen(p) + 1);
        int len = 0;
        int skip = 0;
        for (; *p != '@'; p++) {
            if (*p == '+') skip = 1;
            if (!skip) key[len++] = (char)(*p >= 'A' && *p <= 'Z' ? *p | 32 : *p);
        }
        for (; *p; p++) key[len++] = (char)(*p >= 'A' && *p <= 'Z' ? *p | 32 : *p);
        key[len] = '\0';
        int found = 0;
        for (int s = 0; s < seenCount; s++) {
            if (strcmp(seen[s], key) == 0) {
                found = 1;
                break;
            }
        }
        if (found) {
            free(key);
            continue;
        }
        seen[seenCount++] = key;
        size_t rl = strlen(rec);
        out[kept] = malloc(rl + 1);
        memcpy(out[kept], rec, rl + 1);
        kept++;
    }
    for (int s = 0; s < seenCount; s++) free(seen[s]);
    free(seen);
    *returnSize = kept;
    return out;
}
