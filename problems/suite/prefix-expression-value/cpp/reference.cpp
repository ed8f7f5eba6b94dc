#include <string>
#include <tuple>
#include <vector>

long long prefix_value(const std::string& expr) {
    const long long M = 1000000007LL;
    // Read right to left: an operator finds its left operand on top of the stack
    // and its right operand just below it.
    std::vector<long long> st;
    st.reserve(expr.size() / 2 + 2);
    int i = (int)expr.size() - 1;
    while (i >= 0) {
        const char c = expr[i];
        if (c == ' ') {
            --i;
            continue;
        }
        if (c >= '0' && c <= '9') {
            int j = i;
            while (j > 0 && expr[j - 1] != ' ') --j;
            long long v = 0;
            for (int p = j; p <= i; ++p) v = v * 10 + (expr[p] - '0');
            st.push_back(v % M);
            i = j - 1;
            continue;
        }
        const long long a = st.back();
        st.pop_back();
        long long& b = st.back();
        if (c == '+') b = (a + b) % M;
        else if (c == '-') b = (a - b + M) % M;
        else b = a * b % M;
        --i;
    }
    return st[0];
}
