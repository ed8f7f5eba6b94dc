#include <stdlib.h>

static void sort_ll(long long* a, int n) {
    // Quicksort (median of three, Hoare partition) on the larger side iteratively,
    // insertion sort for short runs.
    while (n > 16) {
        const int mid = n >> 1;
        long long t;
        if (a[mid] < a[0]) t = a[mid], a[mid] = a[0], a[0] = t;
        if (a[n - 1] < a[0]) t = a[n - 1], a[n - 1] = a[0], a[0] = t;
        if (a[n - 1] < a[mid]) t = a[n - 1], a[n - 1] = a[mid], a[mid] = t;
        const long long p = a[mid];
        int i = 0, j = n - 1;
        for (;;) {
            while (a[i] < p) ++i;
            while (a[j] > p) --j;
            if (i >= j) break;
            t = a[i], a[i] = a[j], a[j] = t;
            ++i, --j;
        }
        // a[0..j] <= p <= a[i..n-1]
        if (j + 1 < n - i) {
            sort_ll(a, j + 1);
            a += i, n -= i;
        } else {
            sort_ll(a + i, n - i);
            n = j + 1;
        }
    }
    for (int i = 1; i < n; ++i) {
        const long long x = a[i];
        int j = i;
        while (j > 0 && a[j - 1] > x) a[j] = a[j - 1], --j;
        a[j] = x;
    }
}

long long** critical_cables(long long n, long long** cables, int cablesSize, int* cablesColSize,
                            int* returnSize, int** returnColumnSizes) {
    // Bridges by an iterative Tarjan search on a CSR adjacency; the edge the search
    // arrived by is skipped by id. Bridges are packed as (min << 32 | max) and sorted.
    (void)cablesColSize;
    const int N = (int)n, m = cablesSize;
    int* start = calloc((size_t)N + 1, sizeof *start);
    int* to = malloc(((size_t)2 * m + 1) * sizeof *to);
    int* id = malloc(((size_t)2 * m + 1) * sizeof *id);
    for (int i = 0; i < m; ++i) ++start[cables[i][0] + 1], ++start[cables[i][1] + 1];
    for (int i = 0; i < N; ++i) start[i + 1] += start[i];
    int* ptr = malloc(((size_t)N + 1) * sizeof *ptr);
    for (int i = 0; i < N; ++i) ptr[i] = start[i];
    for (int i = 0; i < m; ++i) {
        const int a = (int)cables[i][0], b = (int)cables[i][1];
        to[ptr[a]] = b, id[ptr[a]++] = i;
        to[ptr[b]] = a, id[ptr[b]++] = i;
    }
    for (int i = 0; i < N; ++i) ptr[i] = start[i];
    int* disc = calloc((size_t)N + 1, sizeof *disc);
    int* low = malloc(((size_t)N + 1) * sizeof *low);
    int* via = malloc(((size_t)N + 1) * sizeof *via);
    int* stack = malloc(((size_t)N + 1) * sizeof *stack);
    long long* bridges = malloc(((size_t)N + 1) * sizeof *bridges);
    int nb = 0, timer = 0;
    for (int root = 0; root < N; ++root) {
        if (disc[root]) continue;
        disc[root] = low[root] = ++timer;
        via[root] = -1;
        int sp = 0;
        stack[sp++] = root;
        while (sp) {
            const int u = stack[sp - 1];
            if (ptr[u] < start[u + 1]) {
                const int k = ptr[u]++;
                const int v = to[k];
                if (!disc[v]) {
                    disc[v] = low[v] = ++timer;
                    via[v] = id[k];
                    stack[sp++] = v;
                } else if (id[k] != via[u] && disc[v] < low[u]) {
                    low[u] = disc[v];
                }
            } else if (--sp) {
                const int p = stack[sp - 1];
                if (low[u] < low[p]) low[p] = low[u];
                if (low[u] > disc[p])
                    bridges[nb++] = p < u ? (long long)p << 32 | u : (long long)u << 32 | p;
            }
        }
    }
    sort_ll(bridges, nb);
    long long** out = malloc(((size_t)nb + 1) * sizeof *out);
    long long* cells = malloc(((size_t)2 * nb + 1) * sizeof *cells);
    int* sizes = malloc(((size_t)nb + 1) * sizeof *sizes);
    for (int i = 0; i < nb; ++i) {
        out[i] = cells + 2 * i;
        out[i][0] = bridges[i] >> 32;
        out[i][1] = bridges[i] & 0xFFFFFFFFLL;
        sizes[i] = 2;
    }
    free(bridges);
    free(stack);
    free(via);
    free(low);
    free(disc);
    free(ptr);
    free(id);
    free(to);
    free(start);
    *returnSize = nb;
    *returnColumnSizes = sizes;
    return out;
}
