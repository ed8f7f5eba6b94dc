#include <stdlib.h>

#define MOD 1000000007LL

static long long power_mod(long long b, long long e) {
    long long r = 1;
    for (b %= MOD; e; e >>= 1, b = b * b % MOD)
        if (e & 1) r = r * b % MOD;
    return r;
}

/* points packed as r * 2^20 + c: sorting the keys sorts by (r, c) */
static void sort_keys(long long* a, int n) {
    if (n < 2) return;
    for (int i = 1; i < n; ++i) {
        long long v = a[i];
        int j = i - 1;
        while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; --j; }
        a[j + 1] = v;
    }
}

long long blocked_lattice_walks(long long rows, long long cols, long long** blocked, int blockedSize,
                                int* blockedColSize) {
    (void)blockedColSize;
    long long* keys = malloc(sizeof(long long) * (blockedSize + 1));
    for (int i = 0; i < blockedSize; ++i) keys[i] = (blocked[i][0] << 20) | blocked[i][1];
    sort_keys(keys, blockedSize);
    int m = 0;
    for (int i = 0; i < blockedSize; ++i)
        if (m == 0 || keys[m - 1] != keys[i]) keys[m++] = keys[i];
    const long long goal = ((rows - 1) << 20) | (cols - 1);
    if (m > 0 && (keys[0] == 0 || keys[m - 1] == goal)) return 0;
    keys[m++] = goal;
    int* pr = malloc(sizeof(int) * m);
    int* pc = malloc(sizeof(int) * m);
    for (int i = 0; i < m; ++i) {
        pr[i] = (int)(keys[i] >> 20);
        pc[i] = (int)(keys[i] & ((1 << 20) - 1));
    }
    const int top = (int)(rows + cols);
    long long* fact = malloc(sizeof(long long) * (top + 1));
    fact[0] = 1;
    for (int i = 1; i <= top; ++i) fact[i] = fact[i - 1] * i % MOD;
    long long* good = malloc(sizeof(long long) * m);
    for (int i = 0; i < m; ++i) {
        const int r = pr[i], c = pc[i];
        long long total = fact[r + c] * power_mod(fact[r], MOD - 2) % MOD * power_mod(fact[c], MOD - 2) % MOD;
        for (int j = 0; j < i; ++j) {
            if (pc[j] <= c && good[j]) {
                const int dr = r - pr[j], dc = c - pc[j];
                total -= good[j] * (fact[dr + dc] * power_mod(fact[dr], MOD - 2) % MOD * power_mod(fact[dc], MOD - 2) % MOD) % MOD;
            }
        }
        total %= MOD;
        good[i] = total < 0 ? total + MOD : total;
    }
    return good[m - 1];
}
