#include <tuple>
#include <vector>

long long most_mentor_pairs(long long mentors, long long students, const std::vector<std::vector<long long>>& fits) {
    const int L = (int)mentors, R = (int)students;
    // adjacency of mentors in CSR form, in input order
    std::vector<int> start(L + 1, 0), adj(fits.size());
    for (const auto& f : fits) ++start[f[0] + 1];
    for (int i = 0; i < L; ++i) start[i + 1] += start[i];
    {
        std::vector<int> fill(start.begin(), start.end() - 1);
        for (const auto& f : fits) adj[fill[f[0]]++] = (int)f[1];
    }
    std::vector<int> ml(L, -1), mr(R, -1), dist(L), it(L), queue(L), stack;
    stack.reserve(L);
    long long size = 0;
    for (int u = 0; u < L; ++u)  // greedy start
        for (int e = start[u]; e < start[u + 1]; ++e)
            if (mr[adj[e]] < 0) {
                ml[u] = adj[e], mr[adj[e]] = u, ++size;
                break;
            }
    while (true) {
        // BFS layers from the free mentors
        int qh = 0, qt = 0;
        for (int u = 0; u < L; ++u) {
            if (ml[u] < 0) dist[u] = 0, queue[qt++] = u;
            else dist[u] = -1;
        }
        if (!qt) break;
        bool found = false;
        while (qh < qt) {
            const int u = queue[qh++];
            for (int e = start[u]; e < start[u + 1]; ++e) {
                const int w = mr[adj[e]];
                if (w < 0) found = true;
                else if (dist[w] < 0) dist[w] = dist[u] + 1, queue[qt++] = w;
            }
        }
        if (!found) break;
        // maximal set of vertex-disjoint shortest augmenting paths, iterative DFS
        for (int u = 0; u < L; ++u) it[u] = start[u];
        for (int s = 0; s < L; ++s) {
            if (ml[s] >= 0) continue;
            stack.assign(1, s);
            while (!stack.empty()) {
                const int u = stack.back();
                int next = -1;
                bool done = false;
                for (int& e = it[u]; e < start[u + 1]; ++e) {
                    const int w = mr[adj[e]];
                    if (w < 0) {
                        done = true;
                        break;
                    }
                    if (dist[w] == dist[u] + 1) {
                        next = w;
                        break;
                    }
                }
                if (done) {
                    for (int x : stack) {
                        const int y = adj[it[x]];
                        ml[x] = y, mr[y] = x;
                    }
                    for (int x : stack) ++it[x];
                    ++size;
                    break;
                }
                if (next >= 0) {
                    stack.push_back(next);
                } else {
                    dist[u] = -2;  // dead end for this phase
                    stack.pop_back();
                    if (!stack.empty()) ++it[stack.back()];
                }
            }
        }
    }
    return size;
}
