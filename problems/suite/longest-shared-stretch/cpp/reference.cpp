#include <cstring>
#include <string>
#include <tuple>
#include <vector>

long long longest_shared_stretch(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return 0;
    // compact alphabet: the characters of a
    int id[256];
    std::memset(id, -1, sizeof id);
    int sigma = 0;
    for (unsigned char c : a)
        if (id[c] < 0) id[c] = sigma++;
    // suffix automaton of a
    const int cap = 2 * (int)a.size() + 1;
    std::vector<int> nxt((size_t)cap * sigma, -1), link(cap), len(cap);
    int sz = 1, last = 0;
    link[0] = -1;
    len[0] = 0;
    for (unsigned char ch : a) {
        const int c = id[ch];
        const int cur = sz++;
        len[cur] = len[last] + 1;
        int p = last;
        while (p != -1 && nxt[p * sigma + c] < 0) {
            nxt[p * sigma + c] = cur;
            p = link[p];
        }
        if (p == -1) {
            link[cur] = 0;
        } else {
            const int q = nxt[p * sigma + c];
            if (len[p] + 1 == len[q]) {
                link[cur] = q;
            } else {
                const int clone = sz++;
                std::memcpy(&nxt[clone * sigma], &nxt[q * sigma], sizeof(int) * sigma);
                len[clone] = len[p] + 1;
                link[clone] = link[q];
                while (p != -1 && nxt[p * sigma + c] == q) {
                    nxt[p * sigma + c] = clone;
                    p = link[p];
                }
                link[q] = link[cur] = clone;
            }
        }
        last = cur;
    }
    // walk b through the automaton, keeping the current match length
    int state = 0, cur = 0, best = 0;
    for (unsigned char ch : b) {
        const int c = id[ch];
        if (c < 0) {
            state = cur = 0;
            continue;
        }
        while (state && nxt[state * sigma + c] < 0) {
            state = link[state];
            cur = len[state];
        }
        if (nxt[state * sigma + c] >= 0) {
            state = nxt[state * sigma + c];
            ++cur;
        } else {
            cur = 0;
        }
        if (cur > best) best = cur;
    }
    return best;
}
