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

static long long** g_cables;
static int g_m, g_timer, g_nb;
static int *g_disc, *g_low;
static long long* g_bridges;

// Recursive Tarjan that finds a switch's neighbours by scanning every cable.
static void dfs(int u, int via) {
    g_disc[u] = g_low[u] = ++g_timer;
    for (int i = 0; i < g_m; ++i) {
        int v;
        if (g_cables[i][0] == u) v = (int)g_cables[i][1];
        else if (g_cables[i][1] == u) v = (int)g_cables[i][0];
        else continue;
        if (i == via) continue;
        if (!g_disc[v]) {
            dfs(v, i);
            if (g_low[v] < g_low[u]) g_low[u] = g_low[v];
            if (g_low[v] > g_disc[u])
                g_bridges[g_nb++] = u < v ? (long long)u << 32 | v : (long long)v << 32 | u;
        } else if (g_disc[v] < g_low[u]) {
            g_low[u] = g_disc[v];
        }
    }
}

long long** critical_cables(long long n, long long** cables, int cablesSize, int* cablesColSize,
                            int* returnSize, int** returnColumnSizes) {
    (void)cablesColSize;
    const int N = (int)n;
    g_cables = cables;
    g_m = cablesSize;
    g_timer = 0;
    g_nb = 0;
    g_disc = calloc((size_t)N + 1, sizeof *g_disc);
    g_low = malloc(((size_t)N + 1) * sizeof *g_low);
    g_bridges = malloc(((size_t)N + 1) * sizeof *g_bridges);
    for (int root = 0; root < N; ++root)
        if (!g_disc[root]) dfs(root, -1);
    const int nb = g_nb;
    sort_ll(g_bridges, nb);
    long long** out = malloc(((size_t)nb + 1) * sizeof *out);
    int* sizes = malloc(((size_t)nb + 1) * sizeof *sizes);
    for (int i = 0; i < nb; ++i) {
        out[i] = malloc(2 * sizeof **out);
        out[i][0] = g_bridges[i] >> 32;
        out[i][1] = g_bridges[i] & 0xFFFFFFFFLL;
        sizes[i] = 2;
    }
    free(g_bridges);
    free(g_low);
    free(g_disc);
    *returnSize = nb;
    *returnColumnSizes = sizes;
    return out;
}
