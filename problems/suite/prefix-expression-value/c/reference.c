#include <stdlib.h>
#include <string.h>

/* Read right to left: an operator finds its left operand on top of the stack
   and its right operand just below it. */
long long prefix_value(char* expr) {
    const long long M = 1000000007LL;
    int n = (int)strlen(expr);
    long long* st = malloc(sizeof(long long) * (size_t)(n / 2 + 2));
    int top = 0;
    int i = n - 1;
    while (i >= 0) {
        char c = expr[i];
        if (c == ' ') {
            i--;
            continue;
        }
        if (c >= '0' && c <= '9') {
            int j = i;
            while (j > 0 && expr[j - 1] != ' ') j--;
            long long v = 0;
            for (int p = j; p <= i; p++) v = v * 10 + (expr[p] - '0');
            st[top++] = v % M;
            i = j - 1;
            continue;
        }
        long long a = st[--top];
        long long b = st[top - 1];
        if (c == '+') b = (a + b) % M;
        else if (c == '-') b = (a - b + M) % M;
        else b = a * b % M;
        st[top - 1] = b;
        i--;
    }
    long long r = st[0];
    free(st);
    return r;
}
