#include <bits/stdc++.h>
using namespace std;

const long long P = 998244353LL;
typedef vector<vector<long long>> Mat;

Mat mat_mul(Mat A, Mat B) {
    int k = A.size();
    Mat C(k, vector<long long>(k, 0));
    for (int i = 0; i < k; i++)
        for (int j = 0; j < k; j++) {
            long long s = 0;
            for (int t = 0; t < k; t++) s = (s + A[i][t] * B[t][j]) % P;
            C[i][j] = s;
        }
    return C;
}

long long recurrence_far_term(vector<long long> coeffs, vector<long long> seed, long long n) {
    // companion matrix raised to the power n - k + 1: O(k^3 log n)
    int k = coeffs.size();
    if (n < k) return seed[n] % P;
    Mat M(k, vector<long long>(k, 0));
    for (int j = 0; j < k; j++) M[0][j] = coeffs[j] % P;
    for (int i = 1; i < k; i++) M[i][i - 1] = 1;
    Mat R(k, vector<long long>(k, 0));
    for (int i = 0; i < k; i++) R[i][i] = 1;
    long long e = n - k + 1;
    while (e) {
        if (e & 1) R = mat_mul(R, M);
        e >>= 1;
        if (e) M = mat_mul(M, M);
    }
    long long total = 0;
    for (int j = 0; j < k; j++) total = (total + R[0][j] * (seed[k - 1 - j] % P)) % P;
    return total;
}
