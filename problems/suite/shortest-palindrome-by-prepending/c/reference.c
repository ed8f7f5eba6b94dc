#include <stdint.h>
#include <stdlib.h>
#include <string.h>

char* shortest_front_palindrome(char* s) {
    const int n = (int)strlen(s);
    if (n < 2) {
        char* out = malloc((size_t)n + 1);
        memcpy(out, s, (size_t)n + 1);
        return out;
    }
    // prefix function of s
    int* fail = malloc(sizeof(int) * (size_t)n);
    fail[0] = 0;
    for (int i = 1, k = 0; i < n; ++i) {
        while (k && s[k] != s[i]) k = fail[k - 1];
        if (s[k] == s[i]) ++k;
        fail[i] = k;
    }
    // Match the reversed string against s: the final state is the longest prefix of s
    // that is a suffix of reverse(s), i.e. the longest palindromic prefix. After j of
    // the n characters k <= j, so k < n inside the loop and s[k] is always a letter.
    int k = 0;
    for (int i = n - 1; i >= 0; --i) {
        const char c = s[i];
        while (k && s[k] != c) k = fail[k - 1];
        if (s[k] == c) ++k;
    }
    free(fail);
    // the reversed tail s[k..n) in front of s, four bytes at a time
    const int extra = n - k;
    char* out = malloc((size_t)(extra + n) + 1);
    int i = 0;
    for (; i + 4 <= extra; i += 4) {
        uint32_t w;
        memcpy(&w, s + n - 4 - i, 4);
        w = __builtin_bswap32(w);
        memcpy(out + i, &w, 4);
    }
    for (; i < extra; ++i) out[i] = s[n - 1 - i];
    memcpy(out + extra, s, (size_t)n + 1);
    return out;
}
