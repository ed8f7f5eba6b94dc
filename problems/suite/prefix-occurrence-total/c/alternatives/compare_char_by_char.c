#include <string.h>

/* Matches every suffix against the prefix from scratch. */
long long prefix_occurrence_total(char* s) {
    const int n = (int)strlen(s);
    long long total = 0;
    for (int i = 0; i < n; i++) {
        int k = 0;
        while (i + k < n && s[k] == s[i + k]) k++;
        total += k;
    }
    return total;
}
