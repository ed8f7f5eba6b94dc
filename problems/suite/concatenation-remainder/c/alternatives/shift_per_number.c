#include <stdio.h>

long long concatenation_remainder(long long* numbers, int numbersSize, long long m) {
    unsigned __int128 r = 0;
    for (int i = 0; i < numbersSize; ++i) {
        /* digit count from the decimal text, and 10^digits mod m rebuilt for every number */
        char text[24];
        int len = snprintf(text, sizeof text, "%lld", numbers[i]);
        unsigned __int128 shift = 1;
        for (int k = 0; k < len; ++k) shift = shift * 10 % (unsigned long long)m;
        r = (r * shift + (unsigned long long)numbers[i]) % (unsigned long long)m;
    }
    return (long long)(r % (unsigned long long)m);
}
