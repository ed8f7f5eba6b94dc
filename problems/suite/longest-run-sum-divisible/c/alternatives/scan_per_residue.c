#include <stdlib.h>

long long longest_divisible_run(long long* values, int valuesSize, long long m) {
    int n = valuesSize;
    long long* residues = malloc(sizeof(long long) * (size_t)(n + 1));
    residues[0] = 0;
    long long total = 0;
    for (int j = 0; j < n; j++) {
        total = ((total + values[j]) % m + m) % m;
        residues[j + 1] = total;
    }
    long long best = 0;
    for (long long r = 0; r < m; r++) {
        /* a run needs two prefix sums with the same residue */
        int count = 0;
        for (int k = 0; k <= n; k++) if (residues[k] == r) count++;
        if (count < 2) continue;
        int i = 0;
        while (residues[i] != r) i++;
        int j = n;
        while (residues[j] != r) j--;
        if (j - i > best) best = j - i;
    }
    free(residues);
    return best;
}
