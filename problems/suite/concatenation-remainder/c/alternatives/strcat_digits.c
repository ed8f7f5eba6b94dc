#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long long concatenation_remainder(long long* numbers, int numbersSize, long long m) {
    /* every number's digits appended with strcat, then Horner's rule one digit at a time */
    char* digits = malloc(14 * (size_t)numbersSize + 1);
    digits[0] = '\0';
    char piece[24];
    for (int i = 0; i < numbersSize; ++i) {
        snprintf(piece, sizeof piece, "%lld", numbers[i]);
        strcat(digits, piece);
    }
    unsigned __int128 r = 0;
    for (size_t i = 0; digits[i] != '\0'; ++i) r = (r * 10 + (unsigned)(digits[i] - '0')) % (unsigned long long)m;
    free(digits);
    return (long long)r;
}
