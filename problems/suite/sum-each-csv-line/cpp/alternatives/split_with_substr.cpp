#include <cstddef>
#include <string>
#include <tuple>
#include <vector>

static std::vector<std::string> split(std::string s, char sep) {
    std::vector<std::string> parts;
    size_t start = 0;
    while (true) {
        size_t at = s.find(sep, start);
        if (at == std::string::npos) {
            parts.push_back(s.substr(start));
            return parts;
        }
        parts.push_back(s.substr(start, at - start));
        start = at + 1;
    }
}

std::vector<long long> line_sums(std::string text) {
    std::vector<std::string> lines = split(text, '\n');
    lines.pop_back();  // the text ends with a newline, leaving one empty piece
    std::vector<long long> sums;
    for (std::string line : lines) {
        long long total = 0;
        if (!line.empty())
            for (std::string part : split(line, ',')) total += std::stoll(part);
        sums.push_back(total);
    }
    return sums;
}
