// effgauge's C++ glue: the binary format a case's arguments arrive in and a
// result leaves in, decoded and encoded by type. Shared by the sandboxed
// runs (wasm32-wasi) and the native checks (problems/cpp/check_native.py).
//
// Format, little-endian: int = 8-byte two's complement, float = 8-byte IEEE
// double, bool = 1 byte, str = u32 byte length + UTF-8 bytes, list = u32
// count + elements, tuple = its elements in order.
#pragma once
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <tuple>
#include <utility>
#include <vector>
#if defined(__wasi__)
#include <wasi/api.h>
#endif

namespace effgauge_glue {

struct Reader {
    const unsigned char* at;
    const unsigned char* end;
    bool ok = true;
    void take(void* into, size_t n) {
        if (!ok || static_cast<size_t>(end - at) < n) {
            ok = false;
            std::memset(into, 0, n);
            return;
        }
        std::memcpy(into, at, n);
        at += n;
    }
    uint32_t count() {
        uint32_t n = 0;
        take(&n, 4);
        // Every element takes at least one byte: a count beyond the bytes
        // left is malformed, and must not allocate.
        if (n > static_cast<size_t>(end - at)) {
            ok = false;
            n = 0;
        }
        return n;
    }
};

template <class T> struct Codec;

template <> struct Codec<long long> {
    static void get(Reader& r, long long& v) { r.take(&v, 8); }
    static void put(std::string& o, const long long& v) { o.append(reinterpret_cast<const char*>(&v), 8); }
};
template <> struct Codec<double> {
    static void get(Reader& r, double& v) { r.take(&v, 8); }
    static void put(std::string& o, const double& v) { o.append(reinterpret_cast<const char*>(&v), 8); }
};
template <> struct Codec<bool> {
    static void get(Reader& r, bool& v) {
        unsigned char b = 0;
        r.take(&b, 1);
        v = b != 0;
    }
    static void put(std::string& o, const bool& v) { o.push_back(v ? 1 : 0); }
};
template <> struct Codec<std::string> {
    static void get(Reader& r, std::string& v) {
        uint32_t n = r.count();
        v.assign(reinterpret_cast<const char*>(r.at), n);
        r.at += n;
    }
    static void put(std::string& o, const std::string& v) {
        uint32_t n = static_cast<uint32_t>(v.size());
        o.append(reinterpret_cast<const char*>(&n), 4);
        o.append(v);
    }
};
template <class T> struct Codec<std::vector<T>> {
    static void get(Reader& r, std::vector<T>& v) {
        uint32_t n = r.count();
        v.resize(n);
        for (auto& x : v) Codec<T>::get(r, x);
    }
    static void put(std::string& o, const std::vector<T>& v) {
        uint32_t n = static_cast<uint32_t>(v.size());
        o.append(reinterpret_cast<const char*>(&n), 4);
        for (const auto& x : v) Codec<T>::put(o, x);
    }
};
// std::vector<bool> hands out proxies, not references.
template <> struct Codec<std::vector<bool>> {
    static void get(Reader& r, std::vector<bool>& v) {
        uint32_t n = r.count();
        v.assign(n, false);
        for (uint32_t i = 0; i < n; ++i) {
            bool b;
            Codec<bool>::get(r, b);
            v[i] = b;
        }
    }
    static void put(std::string& o, const std::vector<bool>& v) {
        uint32_t n = static_cast<uint32_t>(v.size());
        o.append(reinterpret_cast<const char*>(&n), 4);
        for (bool b : v) Codec<bool>::put(o, b);
    }
};
template <class A, class B> struct Codec<std::pair<A, B>> {
    static void get(Reader& r, std::pair<A, B>& v) {
        Codec<A>::get(r, v.first);
        Codec<B>::get(r, v.second);
    }
    static void put(std::string& o, const std::pair<A, B>& v) {
        Codec<A>::put(o, v.first);
        Codec<B>::put(o, v.second);
    }
};
template <class... Ts> struct Codec<std::tuple<Ts...>> {
    static void get(Reader& r, std::tuple<Ts...>& v) {
        std::apply([&](auto&... x) { (Codec<std::decay_t<decltype(x)>>::get(r, x), ...); }, v);
    }
    static void put(std::string& o, const std::tuple<Ts...>& v) {
        std::apply([&](const auto&... x) { (Codec<std::decay_t<decltype(x)>>::put(o, x), ...); }, v);
    }
};

// Reads all of stdin. In the sandbox, with the WASI call itself, not
// through stdio: a candidate's constructor runs before main and can reach
// stdio's state in linear memory (and once made the glue read an empty
// case while it decoded the real one for free), but it cannot put back
// what it takes from the host. Natively (effgauge's tools), with stdio.
inline std::string read_all() {
    std::string data;
    char buffer[1 << 16];
#if defined(__wasi__)
    for (;;) {
        __wasi_iovec_t iov{reinterpret_cast<uint8_t*>(buffer), sizeof buffer};
        __wasi_size_t n = 0;
        if (__wasi_fd_read(0, &iov, 1, &n) != 0 || n == 0) break;
        data.append(buffer, n);
    }
#else
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) data.append(buffer, n);
#endif
    return data;
}

}  // namespace effgauge_glue
