#include <stdlib.h>
#include <string.h>

char* shortest_front_palindrome(char* s) {
    int n = (int)strlen(s);
    if (n < 2) {
        char* out = malloc((size_t)n + 1);
        memcpy(out, s, (size_t)n + 1);
        return out;
    }
    int* fail = malloc(sizeof(int) * (size_t)n);
    fail[0] = 0;
    for (int i = 1, k = 0; i < n; i++) {
        while (k > 0 && s[k] != s[i]) k = fail[k - 1];
        if (s[k] == s[i]) k++;
        fail[i] = k;
    }
    int k = 0;
    for (int i = n - 1; i >= 0; i--) {
        while (k > 0 && (k == n || s[k] != s[i])) k = fail[k - 1];
        if (s[k] == s[i]) k++;
    }
    free(fail);
    char* out = malloc(2 * (size_t)n + 1);
    out[0] = '\0';
    for (int i = n - 1; i >= k; i--) {
        char c[2] = {s[i], '\0'};
        strcat(out, c);
    }
    strcat(out, s);
    return out;
}
