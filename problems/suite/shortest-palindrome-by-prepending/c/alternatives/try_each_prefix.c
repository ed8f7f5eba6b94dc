#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static bool is_palindrome(const char* s, int len) {
    for (int i = 0, j = len - 1; i < j; i++, j--)
        if (s[i] != s[j]) return false;
    return true;
}

char* shortest_front_palindrome(char* s) {
    int n = (int)strlen(s);
    int len = n;
    while (len > 1 && !is_palindrome(s, len)) len--;  // longest palindromic prefix
    int extra = n - len;
    char* out = malloc((size_t)(extra + n) + 1);
    for (int i = 0; i < extra; i++) out[i] = s[n - 1 - i];
    memcpy(out + extra, s, (size_t)n + 1);
    return out;
}
