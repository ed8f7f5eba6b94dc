#include <tuple>
#include <vector>

long long widest_xor_pair(const std::vector<long long>& values) {
    // binary trie over the 30 bits: insert each value after querying its best partner
    const int n = (int)values.size();
    std::vector<int> nxt;
    nxt.reserve(2 * (30 * n + 1));
    nxt.assign(2, 0);
    auto insert = [&](int v) {
        int node = 0;
        for (int b = 29; b >= 0; --b) {
            const int bit = (v >> b) & 1;
            if (!nxt[2 * node + bit]) {
                nxt[2 * node + bit] = (int)(nxt.size() / 2);
                nxt.push_back(0);
                nxt.push_back(0);
            }
            node = nxt[2 * node + bit];
        }
    };
    insert((int)values[0]);
    int best = 0;
    for (int i = 1; i < n; ++i) {
        const int v = (int)values[i];
        int node = 0, x = 0;
        for (int b = 29; b >= 0; --b) {
            const int want = ((v >> b) & 1) ^ 1;
            if (nxt[2 * node + want]) {
                x |= 1 << b;
                node = nxt[2 * node + want];
            } else {
                node = nxt[2 * node + (want ^ 1)];
            }
        }
        if (x > best) best = x;
        insert(v);
    }
    return best;
}
