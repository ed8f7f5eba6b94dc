#include <string>
#include <tuple>
#include <vector>

std::vector<std::string> decode_records(const std::string& stream) {
    std::vector<std::string> out;
    const char* s = stream.data();
    const int n = (int)stream.size();
    out.reserve(n / 4 + 1);
    int pos = 0;
    while (pos < n) {
        int len = 0;
        while (s[pos] != ':') len = len * 10 + (s[pos++] - '0');
        ++pos;
        out.emplace_back(s + pos, len);
        pos += len;
    }
    return out;
}
