#include <bits/stdc++.h>
using namespace std;

long long king_moves_between_all_pairs(vector<pair<long long, long long>> squares) {
    int n = squares.size();
    long long total = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            total += max(llabs(squares[i].first - squares[j].first), llabs(squares[i].second - squares[j].second));
    return total;
}
