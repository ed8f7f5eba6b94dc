#include <stdlib.h>
#include <string.h>

/* Suffix automaton of a over a compact alphabet (the characters of a);
   b is walked through it keeping the current match length. */
long long longest_shared_stretch(char* a, char* b) {
    const int na = (int)strlen(a);
    if (na == 0 || b[0] == '\0') return 0;
    int id[256];
    memset(id, -1, sizeof id);
    int sigma = 0;
    for (int i = 0; i < na; i++) {
        unsigned char c = (unsigned char)a[i];
        if (id[c] < 0) id[c] = sigma++;
    }
    const int cap = 2 * na + 1;
    int* nxt = malloc(sizeof(int) * (size_t)cap * (size_t)sigma);
    int* link = malloc(sizeof(int) * (size_t)cap);
    int* len = malloc(sizeof(int) * (size_t)cap);
    memset(nxt, -1, sizeof(int) * (size_t)sigma); /* state 0; others are set when made */
    int sz = 1, last = 0;
    link[0] = -1;
    len[0] = 0;
    for (int i = 0; i < na; i++) {
        const int c = id[(unsigned char)a[i]];
        const int cur = sz++;
        memset(nxt + (size_t)cur * sigma, -1, sizeof(int) * (size_t)sigma);
        len[cur] = len[last] + 1;
        int p = last;
        while (p != -1 && nxt[p * sigma + c] < 0) {
            nxt[p * sigma + c] = cur;
            p = link[p];
        }
        if (p == -1) {
            link[cur] = 0;
        } else {
            const int q = nxt[p * sigma + c];
            if (len[p] + 1 == len[q]) {
                link[cur] = q;
            } else {
                const int clone = sz++;
                memcpy(nxt + (size_t)clone * sigma, nxt + (size_t)q * sigma, sizeof(int) * (size_t)sigma);
                len[clone] = len[p] + 1;
                link[clone] = link[q];
                while (p != -1 && nxt[p * sigma + c] == q) {
                    nxt[p * sigma + c] = clone;
                    p = link[p];
                }
                link[q] = link[cur] = clone;
            }
        }
        last = cur;
    }
    int state = 0, cur = 0, best = 0;
    for (const char* t = b; *t; t++) {
        const int c = id[(unsigned char)*t];
        if (c < 0) {
            state = cur = 0;
            continue;
        }
        while (state && nxt[state * sigma + c] < 0) {
            state = link[state];
            cur = len[state];
        }
        if (nxt[state * sigma + c] >= 0) {
            state = nxt[state * sigma + c];
            cur++;
        } else {
            cur = 0;
        }
        if (cur > best) best = cur;
    }
    free(nxt);
    free(link);
    free(len);
    return best;
}
