#!/usr/bin/env bash
# Installs the C++ toolchain effgauge compiles candidates with (Debian 12
# packages, pinned by their versions in every module's key; see
# docs/cpp.md). Idempotent; needs root or sudo for apt.
set -euo pipefail
packages=(clang-19 lld-19 wasi-libc libc++-19-dev-wasm32 libc++abi-19-dev-wasm32 libclang-rt-19-dev-wasm32)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
dpkg-query -W -f '${Package} ${Version}\n' "${packages[@]}"
