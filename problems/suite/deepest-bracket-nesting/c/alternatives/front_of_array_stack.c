#include <stdlib.h>
#include <string.h>

long long deepest_bracket_nesting(char* text) {
    size_t n = strlen(text);
    char* stack = malloc(n + 1);
    long long size = 0, best = 0;
    for (size_t i = 0; i < n; i++) {
        char ch = text[i];
        if (ch == '(' || ch == '[' || ch == '{') {
            // newest bracket at stack[0]: shift everything right to make room
            memmove(stack + 1, stack, (size_t)size);
            stack[0] = ch;
            size++;
            if (size > best) best = size;
        } else if (ch == ')' || ch == ']' || ch == '}') {
            char want = ch == ')' ? '(' : ch == ']' ? '[' : '{';
            if (size == 0 || stack[0] != want) {
                free(stack);
                return -1;
            }
            memmove(stack, stack + 1, (size_t)(size - 1));
            size--;
        }
    }
    free(stack);
    return size == 0 ? best : -1;
}
