#include <stdlib.h>

long long widest_xor_pair(long long* values, int valuesSize) {
    // binary trie over the 30 bits: query each value's best partner, then insert it
    const int n = valuesSize;
    int* nxt = calloc((size_t)2 * (30 * (size_t)n + 1), sizeof(int));
    int nodes = 1;
    int best = 0;
    for (int i = 0; i < n; ++i) {
        const int v = (int)values[i];
        if (i > 0) {
            int node = 0, x = 0;
            for (int b = 29; b >= 0; --b) {
                const int want = ((v >> b) & 1) ^ 1;
                const int child = nxt[2 * node + want];
                if (child) {
                    x |= 1 << b;
                    node = child;
                } else {
                    node = nxt[2 * node + (want ^ 1)];
                }
            }
            if (x > best) best = x;
        }
        int node = 0;
        for (int b = 29; b >= 0; --b) {
            const int slot = 2 * node + ((v >> b) & 1);
            if (!nxt[slot]) nxt[slot] = nodes++;
            node = nxt[slot];
        }
    }
    free(nxt);
    return best;
}
