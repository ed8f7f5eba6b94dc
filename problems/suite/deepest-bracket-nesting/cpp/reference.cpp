#include <string>
#include <tuple>

long long deepest_bracket_nesting(const std::string& text) {
    std::string stack;
    stack.reserve(text.size());
    long long best = 0;
    for (char ch : text) {
        char want;
        switch (ch) {
            case '(': case '[': case '{':
                stack.push_back(ch);
                if ((long long)stack.size() > best) best = (long long)stack.size();
                continue;
            case ')': want = '('; break;
            case ']': want = '['; break;
            case '}': want = '{'; break;
            default: continue;
        }
        if (stack.empty() || stack.back() != want) return -1;
        stack.pop_back();
    }
    return stack.empty() ? best : -1;
}
