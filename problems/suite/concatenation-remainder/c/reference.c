long long concatenation_remainder(long long* numbers, int numbersSize, long long m) {
    /* Horner's rule in base 10, reduced mod m. m <= 10**18, so r * 10 < 2**64 and each
       shift by one decimal digit is a plain 64-bit multiply and remainder (no 128-bit
       division): a number of d digits shifts the remainder d times, then is added. */
    const unsigned long long mod = (unsigned long long)m;
    unsigned long long pow10[14];
    pow10[0] = 1;
    for (int d = 1; d < 14; ++d) pow10[d] = pow10[d - 1] * 10;
    unsigned long long r = 0;
    for (int i = 0; i < numbersSize; ++i) {
        unsigned long long x = (unsigned long long)numbers[i];
        int digits = 1;
        while (digits < 13 && x >= pow10[digits]) ++digits;
        for (int k = 0; k < digits; ++k) r = r * 10 % mod;
        r = (r + x % mod) % mod;
    }
    return (long long)r;
}
