#include <string>
#include <tuple>
#include <vector>

std::vector<std::string> wrap_words(const std::string& text, long long width) {
    std::vector<std::string> lines;
    const int n = (int)text.size();
    std::string line;
    line.reserve(256);
    int i = 0;
    while (i < n) {
        while (i < n && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) ++i;
        if (i == n) break;
        int j = i;
        while (j < n && !(text[j] == ' ' || text[j] == '\n' || text[j] == '\t' || text[j] == '\r')) ++j;
        long long len = j - i;
        if (line.empty()) {
            line.append(text, i, len);
        } else if ((long long)line.size() + 1 + len <= width) {
            line.push_back(' ');
            line.append(text, i, len);
        } else {
            lines.push_back(line);
            line.assign(text, i, len);
        }
        i = j;
    }
    if (!line.empty()) lines.push_back(std::move(line));
    return lines;
}
