#include <stdlib.h>

typedef struct {
    int n;
    int* start;
    int* to;
    long long* wt;
    long long* dist;
    int* stack;
} Tree;

/* depth-first search from src; returns the farthest shelter, its distance in *best */
static int farthest(Tree* t, int src, long long* best) {
    for (int i = 0; i < t->n; ++i) t->dist[i] = -1;
    t->dist[src] = 0;
    int top = 0, far = src;
    t->stack[top++] = src;
    while (top) {
        const int u = t->stack[--top];
        const long long du = t->dist[u];
        if (du > t->dist[far]) far = u;
        for (int e = t->start[u]; e < t->start[u + 1]; ++e) {
            const int v = t->to[e];
            if (t->dist[v] < 0) {
                t->dist[v] = du + t->wt[e];
                t->stack[top++] = v;
            }
        }
    }
    *best = t->dist[far];
    return far;
}

long long longest_trail_length(long long n, long long** trails, int trailsSize, int* trailsColSize) {
    (void)trailsColSize;
    const int N = (int)n;
    Tree t;
    t.n = N;
    /* adjacency in CSR form */
    t.start = calloc((size_t)N + 1, sizeof(int));
    t.to = malloc(sizeof(int) * (2 * trailsSize + 1));
    t.wt = malloc(sizeof(long long) * (2 * trailsSize + 1));
    for (int i = 0; i < trailsSize; ++i) {
        ++t.start[trails[i][0] + 1];
        ++t.start[trails[i][1] + 1];
    }
    for (int i = 0; i < N; ++i) t.start[i + 1] += t.start[i];
    int* fill = malloc(sizeof(int) * (N + 1));
    for (int i = 0; i < N; ++i) fill[i] = t.start[i];
    for (int i = 0; i < trailsSize; ++i) {
        const int a = (int)trails[i][0], b = (int)trails[i][1];
        const long long w = trails[i][2];
        t.to[fill[a]] = b;
        t.wt[fill[a]++] = w;
        t.to[fill[b]] = a;
        t.wt[fill[b]++] = w;
    }
    t.dist = malloc(sizeof(long long) * (N + 1));
    t.stack = malloc(sizeof(int) * (N + 1));
    long long best = 0;
    const int end = farthest(&t, 0, &best);
    farthest(&t, end, &best);
    return best;
}
