#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

// does some stretch of length len occur twice?
static bool has_repeat(const char* s, int n, int len) {
    for (int i = 1; i + len <= n; i++) {
        for (int j = 0; j < i; j++) {
            if (strncmp(s + i, s + j, (size_t)len) == 0) return true;
        }
    }
    return false;
}

long long longest_repeat(char* s) {
    int n = (int)strlen(s);
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (has_repeat(s, n, mid)) lo = mid;
        else hi = mid - 1;
    }
    return lo < 0 ? 0 : lo;
}
