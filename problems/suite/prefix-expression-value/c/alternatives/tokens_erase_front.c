#include <stdlib.h>
#include <string.h>

#define MOD 1000000007LL

/* Tokens kept in an array used as a queue: each step takes tokens[0] and
   shifts the rest down one place. */
static long long eval_tokens(char** tokens, int* count) {
    char* tok = tokens[0];
    memmove(tokens, tokens + 1, sizeof(char*) * (size_t)(*count - 1));
    (*count)--;
    if (tok[0] == '+' || tok[0] == '-' || tok[0] == '*') {
        long long a = eval_tokens(tokens, count);
        long long b = eval_tokens(tokens, count);
        if (tok[0] == '+') return (a + b) % MOD;
        if (tok[0] == '-') return ((a - b) % MOD + MOD) % MOD;
        return a * b % MOD;
    }
    return atoll(tok) % MOD;
}

long long prefix_value(char* expr) {
    int n = (int)strlen(expr);
    char** tokens = malloc(sizeof(char*) * (size_t)(n / 2 + 2));
    int count = 0;
    for (char* t = strtok(expr, " "); t; t = strtok(NULL, " ")) tokens[count++] = t;
    long long r = eval_tokens(tokens, &count);
    free(tokens);
    return r;
}
