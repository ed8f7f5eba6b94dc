#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Each record's normalised address (lower-cased, local part cut at the
   first '+') is written into an arena and looked up in an open-addressing
   hash set; the first record of every address is copied out. */
char** dedupe_contacts(char** records, int recordsSize, int* returnSize) {
    size_t total = 0;
    for (int r = 0; r < recordsSize; r++) total += strlen(records[r]) + 1;
    char* arena = malloc(total + 1);
    size_t used = 0;
    size_t cap = 16;
    while (cap < (size_t)recordsSize * 2) cap <<= 1;
    const char** keys = calloc(cap, sizeof *keys);
    int* lens = malloc(cap * sizeof *lens);
    uint32_t* hashes = malloc(cap * sizeof *hashes);
    int* keptIdx = malloc(sizeof(int) * (recordsSize > 0 ? recordsSize : 1));
    int* keptLen = malloc(sizeof(int) * (recordsSize > 0 ? recordsSize : 1));
    int kept = 0;
    size_t keptBytes = 0;
    for (int r = 0; r < recordsSize; r++) {
        const char* rec = records[r];
        const char* p = strchr(rec, ',') + 1;
        char* key = arena + used;
        int len = 0;
        int skip = 0;
        for (; *p != '@'; p++) {
            if (*p == '+') skip = 1;
            if (!skip) key[len++] = (char)(*p >= 'A' && *p <= 'Z' ? *p | 32 : *p);
        }
        for (; *p; p++) key[len++] = (char)(*p >= 'A' && *p <= 'Z' ? *p | 32 : *p);
        uint32_t h = 2166136261u;
        for (int i = 0; i < len; i++) h = (h ^ (unsigned char)key[i]) * 16777619u;
        size_t slot = h & (cap - 1);
        while (keys[slot] &&
               !(hashes[slot] == h && lens[slot] == len && memcmp(keys[slot], key, (size_t)len) == 0))
            slot = (slot + 1) & (cap - 1);
        if (keys[slot]) continue;
        keys[slot] = key;
        lens[slot] = len;
        hashes[slot] = h;
        used += (size_t)len;
        const int rl = (int)((p - rec));
        keptIdx[kept] = r;
        keptLen[kept++] = rl;
        keptBytes += (size_t)rl + 1;
    }
    char** out = malloc(sizeof(char*) * (kept > 0 ? kept : 1));
    char* block = malloc(keptBytes + 1);
    for (int k = 0; k < kept; k++) {
        memcpy(block, records[keptIdx[k]], (size_t)keptLen[k] + 1);
        out[k] = block;
        block += keptLen[k] + 1;
    }
    free(arena);
    free(keys);
    free(lens);
    free(hashes);
    free(keptIdx);
    free(keptLen);
    *returnSize = kept;
    return out;
}
