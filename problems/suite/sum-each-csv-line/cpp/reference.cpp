#include <string>
#include <tuple>
#include <vector>

std::vector<long long> line_sums(const std::string& text) {
    std::vector<long long> sums;
    sums.reserve(text.size() / 8 + 1);
    const char* p = text.data();
    const char* end = p + text.size();
    long long total = 0, cur = 0;
    bool neg = false;
    for (; p < end; ++p) {
        char c = *p;
        if (c >= '0') {
            cur = cur * 10 + (c - '0');
        } else if (c == '-') {
            neg = true;
        } else {  // ',' or '\n' ends a number (an empty line adds 0)
            total += neg ? -cur : cur;
            cur = 0;
            neg = false;
            if (c == '\n') {
                sums.push_back(total);
                total = 0;
            }
        }
    }
    return sums;
}
