#include <stdbool.h>
#include <string.h>

long long deepest_bracket_nesting(char* text) {
    // The open brackets are kept as a stack in the front of `text` itself: after reading
    // position i the stack holds at most i + 1 characters, so it never overtakes the reader.
    char* stack = text;
    long long top = 0, best = 0;
    for (const char* p = text; *p; ++p) {
        char want;
        switch (*p) {
            case '(': case '[': case '{':
                stack[top++] = *p;
                if (top > best) best = top;
                continue;
            case ')': want = '('; break;
            case ']': want = '['; break;
            case '}': want = '{'; break;
            default: continue;
        }
        if (top == 0 || stack[top - 1] != want) return -1;
        --top;
    }
    return top == 0 ? best : -1;
}
