#include <string>
#include <tuple>

std::string expand_runs(const std::string& code) {
    const int n = (int)code.size();
    // First pass: the exact output length, so the result is allocated once.
    long long total = 0;
    for (int i = 0; i < n;) {
        ++i;
        int count = 0;
        while (i < n && code[i] >= '0' && code[i] <= '9') count = count * 10 + (code[i++] - '0');
        total += count ? count : 1;
    }
    std::string out;
    out.reserve((size_t)total);
    for (int i = 0; i < n;) {
        char ch = code[i++];
        int count = 0;
        while (i < n && code[i] >= '0' && code[i] <= '9') count = count * 10 + (code[i++] - '0');
        out.append(count ? count : 1, ch);
    }
    return out;
}
