long long weakest_link_total(long long* strengths, int strengthsSize) {
    const int n = strengthsSize;
    long long total = 0;
    for (int j = 0; j < n; ++j) {
        const long long v = strengths[j];
        // walk left to the nearest strictly weaker link, right to the nearest weaker-or-equal one
        int left = j - 1;
        while (left >= 0 && strengths[left] > v) --left;
        int right = j + 1;
        while (right < n && strengths[right] >= v) ++right;
        total += v * ((long long)(j - left) * (right - j));
    }
    return total;
}
