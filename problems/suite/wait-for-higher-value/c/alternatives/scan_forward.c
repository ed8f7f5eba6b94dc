#include <stdlib.h>

long long* wait_for_higher(long long* values, int valuesSize, int* returnSize) {
    // Scan forward from every position to the next larger value: O(n * wait).
    const int n = valuesSize;
    long long* out = malloc(((size_t)n + 1) * sizeof *out);
    for (int i = 0; i < n; ++i) {
        int j = i + 1;
        while (j < n && values[j] <= values[i]) ++j;
        out[i] = j < n ? j - i : 0;
    }
    *returnSize = n;
    return out;
}
