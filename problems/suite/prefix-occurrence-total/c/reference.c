#include <stdlib.h>
#include <string.h>

/* Z-algorithm: z[i] = length of the longest common prefix of s and s[i:]. */
long long prefix_occurrence_total(char* s) {
    const int n = (int)strlen(s);
    if (n == 0) return 0;
    int* z = malloc(sizeof(int) * (size_t)n);
    z[0] = 0;
    long long total = n;
    int left = 0, right = 0; /* s[left:right] matches s[0:right - left] */
    for (int i = 1; i < n; i++) {
        int k = 0;
        if (i < right) {
            k = z[i - left];
            const int room = right - i;
            if (k < room) {
                z[i] = k;
                total += k;
                continue;
            }
            k = room;
        }
        int j = i + k;
        while (j < n && s[k] == s[j]) k++, j++;
        z[i] = k;
        total += k;
        left = i;
        right = j;
    }
    free(z);
    return total;
}
