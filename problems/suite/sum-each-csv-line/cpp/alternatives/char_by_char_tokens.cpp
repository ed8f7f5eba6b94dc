#include <string>
#include <tuple>
#include <vector>

std::vector<long long> line_sums(std::string text) {
    std::vector<long long> sums;
    long long total = 0;
    std::string token = "";
    for (char ch : text) {
        if (ch == ',' || ch == '\n') {
            if (!token.empty()) total += std::stoll(token);
            token = "";
            if (ch == '\n') {
                sums.push_back(total);
                total = 0;
            }
        } else {
            token = token + ch;
        }
    }
    return sums;
}
