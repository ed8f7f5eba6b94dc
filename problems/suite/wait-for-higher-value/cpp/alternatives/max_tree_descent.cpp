#include <tuple>
#include <vector>

std::vector<long long> wait_for_higher(std::vector<long long> values) {
    // max segment tree; for each i descend to the leftmost index > i holding a larger value
    int n = values.size();
    std::vector<long long> out(n, 0);
    if (n == 0) return out;
    int size = 1;
    while (size < n) size *= 2;
    const long long LOW = -(1LL << 62);
    std::vector<long long> tree(2 * size, LOW);
    for (int i = 0; i < n; ++i) tree[size + i] = values[i];
    for (int p = size - 1; p > 0; --p) tree[p] = tree[2 * p] > tree[2 * p + 1] ? tree[2 * p] : tree[2 * p + 1];
    for (int i = 0; i + 1 < n; ++i) {
        long long x = values[i];
        int p = i + 1 + size;
        if (tree[p] <= x) {
            // climb until a right sibling of the path holds something > x
            bool found = false;
            while (p > 1) {
                if ((p & 1) == 0 && tree[p + 1] > x) {
                    ++p;
                    found = true;
                    break;
                }
                p >>= 1;
            }
            if (!found) continue;
            while (p < size) {
                p *= 2;
                if (tree[p] <= x) ++p;
            }
        }
        out[i] = p - size - i;
    }
    return out;
}
