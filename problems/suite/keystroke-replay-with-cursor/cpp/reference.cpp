#include <string>
#include <tuple>

std::string replay_keystrokes(const std::string& keys) {
    // Text before the cursor and text after it (reversed), both as stacks.
    std::string before, after;
    before.reserve(keys.size());
    after.reserve(keys.size());
    for (char k : keys) {
        if (k == '<') {
            if (!before.empty()) before.pop_back();
        } else if (k == '-') {
            if (!before.empty()) after.push_back(before.back()), before.pop_back();
        } else if (k == '+') {
            if (!after.empty()) before.push_back(after.back()), after.pop_back();
        } else {
            before.push_back(k);
        }
    }
    before.append(after.rbegin(), after.rend());
    return before;
}
