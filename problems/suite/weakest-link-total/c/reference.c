#include <stdlib.h>

long long weakest_link_total(long long* strengths, int strengthsSize) {
    // Each piece is charged to its rightmost weakest link j, popped from an increasing
    // stack by the first i to its right with strength <= its own; the link below it is
    // the nearest strictly weaker one on the left, so j is the minimum of
    // (j - left) * (i - j) pieces.
    const int n = strengthsSize;
    int* stack = malloc(sizeof(int) * (size_t)(n + 2));
    int top = 0;
    stack[0] = -1;
    long long total = 0;
    for (int i = 0; i <= n; ++i) {
        const long long x = i < n ? strengths[i] : -1;  // -1 flushes the stack at the end
        while (top > 0 && strengths[stack[top]] >= x) {
            const int j = stack[top--];
            total += strengths[j] * ((long long)(j - stack[top]) * (i - j));
        }
        stack[++top] = i;
    }
    free(stack);
    return total;
}
