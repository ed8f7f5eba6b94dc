#include <stdlib.h>

long long fewest_rumor_seeds(long long n_, long long** tells, int tellsSize, int* tellsColSize) {
    (void)tellsColSize;
    // iterative Tarjan SCC; a component needs a seed iff no link enters it from outside
    const int n = (int)n_, m = tellsSize;
    // no successor lists: each node keeps a cursor into the whole link list
    int* ptr = calloc((size_t)n + 1, sizeof(int));
    int* index = calloc((size_t)n, sizeof(int));
    int* low = malloc(sizeof(int) * n);
    int* comp = malloc(sizeof(int) * n);
    for (int i = 0; i < n; ++i) comp[i] = -1;
    int* stack = malloc(sizeof(int) * n);
    int* call = malloc(sizeof(int) * n);
    int sp = 0, cp = 0, counter = 0, ncomp = 0;
    for (int root = 0; root < n; ++root) {
        if (index[root]) continue;
        index[root] = low[root] = ++counter;
        stack[sp++] = root;
        call[cp++] = root;
        while (cp) {
            const int u = call[cp - 1];
            int k = ptr[u];
            while (k < m && tells[k][0] != u) ++k;  // scan for u's next link
            ptr[u] = k < m ? k + 1 : m;
            if (k < m) {
                const int v = (int)tells[k][1];
                if (!index[v]) {
                    index[v] = low[v] = ++counter;
                    stack[sp++] = v;
                    call[cp++] = v;
                } else if (comp[v] < 0 && index[v] < low[u]) {
                    low[u] = index[v];  // v still on the stack
                }
            } else {
                --cp;
                const int lu = low[u];
                if (lu == index[u]) {
                    int w;
                    do {
                        w = stack[--sp];
                        comp[w] = ncomp;
                    } while (w != u);
                    ++ncomp;
                }
                if (cp && lu < low[call[cp - 1]]) low[call[cp - 1]] = lu;
            }
        }
    }
    char* reached = calloc((size_t)ncomp + 1, 1);
    for (int k = 0; k < m; ++k) {
        const int cb = comp[tells[k][1]];
        if (comp[tells[k][0]] != cb) reached[cb] = 1;
    }
    long long seeds = 0;
    for (int c = 0; c < ncomp; ++c) seeds += !reached[c];
    free(ptr); free(index); free(low); free(comp);
    free(stack); free(call); free(reached);
    return seeds;
}
