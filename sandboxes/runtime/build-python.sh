#!/usr/bin/env bash
# Builds effgauge's measuring instrument: CPython 3.11 for wasm32-wasi, from
# Debian's pristine sources with Debian's clang-19 and wasi-libc, plus our
# _effgauge metering module. Idempotent: the result is cached outside the work
# tree under a key that hashes this recipe, so a second call costs nothing.
#
# Prints the runtime directory on stdout (last line); progress goes to stderr.
# Layout of the result:
#   python.wasm               the interpreter (stripped, -O3)
#   lib/python3.11/           the stdlib with precompiled .pyc, mounted read-only
#                             at the guest's /usr/local/lib
#   runtime.json              name, version, sha256 of python.wasm, recipe key
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PY_VERSION=3.11.2
PY_ORIG=python3.11_${PY_VERSION}.orig.tar.gz
PY_SHA256=2411c74bda5bbcfcddaf4531f66d1adc73f247f529aee981b029513aefdbf849
ZLIB_ORIG=zlib_1.2.13.dfsg.orig.tar.bz2
ZLIB_SHA256=71feb7947e3c00ef125f83b79a4e529bde31171e5babe48b391f06758d1ab0a1
# 64 MiB of C stack in linear memory: ~100k levels of lru_cache recursion
# (3.11's WASI default of 512 KiB traps at ~60).
C_STACK_BYTES=67108864
JOBS=${JOBS:-$(nproc)}

key=$(cat "$here/build-python.sh" "$here/effgauge_module.c" "$here/effgauge_mem.c" "$here/effgauge_obmalloc.c" |
    sha256sum | cut -c1-16)
cache_root=${EFFGAUGE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/effgauge}
out="$cache_root/runtime/cpython-${PY_VERSION}-wasi-$key"
log() { echo "build-python: $*" >&2; }

if [[ -f "$out/runtime.json" ]]; then
    log "cached: $(sha256sum "$out/python.wasm" | cut -d' ' -f1)  python.wasm"
    echo "$out"
    exit 0
fi

# --- toolchain, from Debian's packages only ---------------------------------
need=()
for tool in clang-19 wasm-ld-19 llvm-ar-19 llvm-ranlib-19 llvm-strip-19 python3.11 dpkg-source; do
    command -v "$tool" >/dev/null || need+=("$tool")
done
[[ -f /usr/lib/wasm32-wasi/libc.a ]] || need+=(wasi-libc)
compgen -G "/usr/lib/llvm-19/lib/clang/19/lib/wasi/libclang_rt.builtins-wasm32.a" >/dev/null || need+=(rt)
if ((${#need[@]})); then
    log "installing toolchain (missing: ${need[*]})"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq clang-19 lld-19 llvm-19 wasi-libc libclang-rt-19-dev-wasm32 \
        python3.11 dpkg-dev >&2
fi
BUILD_PYTHON=/usr/bin/python3.11

# Reproducible: the same recipe gives the same python.wasm on every machine
# (its SHA-256 is recorded in every result). Fixed __DATE__/__TIME__, fixed
# hash seed for the build Python (deepfreeze writes frozensets in hash order),
# and a fixed build path.
export SOURCE_DATE_EPOCH=1675209600 PYTHONHASHSEED=0
work=$(mktemp -d "${TMPDIR:-/tmp}/effgauge-python.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"

# --- sources: Debian's pristine upstream tarballs, checked by hash -----------
fetch_source() { # package, tarball, sha256
    local dl="$cache_root/sources"
    mkdir -p "$dl"
    if [[ ! -f "$dl/$2" ]]; then
        if ! (cd "$dl" && apt-get source --download-only "$1" >&2); then
            log "enabling Debian source packages (deb-src for bookworm)"
            cat >/etc/apt/sources.list.d/effgauge-deb-src.sources <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
            apt-get update -qq >&2
            (cd "$dl" && apt-get source --download-only "$1" >&2)
        fi
    fi
    echo "$3  $dl/$2" | sha256sum -c --quiet - >&2 || { log "hash mismatch: $2"; exit 1; }
    echo "$dl/$2"
}
py_tar=$(fetch_source python3.11 "$PY_ORIG" "$PY_SHA256")
zlib_tar=$(fetch_source zlib "$ZLIB_ORIG" "$ZLIB_SHA256")

# --- a private sysroot, so clang never sees the host's /usr/include ----------
sysroot="$work/sysroot"
mkdir -p "$sysroot/include" "$sysroot/lib"
ln -s /usr/include/wasm32-wasi "$sysroot/include/wasm32-wasi"
ln -s /usr/lib/wasm32-wasi "$sysroot/lib/wasm32-wasi"
CC="clang-19 --target=wasm32-wasi --sysroot=$sysroot"
# clang >= 16 rejects the pointer-typed clockid_t of this wasi-libc.
WARN="-Wno-error=int-conversion -Wno-error=incompatible-function-pointer-types -ffile-prefix-map=$work=/build"

# --- zlib, as a static wasm library ------------------------------------------
log "building zlib"
mkdir zlib && tar xjf "$zlib_tar" -C zlib --strip-components=1
(
    cd zlib
    for f in adler32 crc32 deflate infback inffast inflate inftrees trees zutil compress uncompr; do
        $CC -O3 $WARN -c "$f.c" -o "$f.o"
    done
    llvm-ar-19 rcs libz.a ./*.o
)

# --- CPython -------------------------------------------------------------------
log "configuring CPython $PY_VERSION"
mkdir cpython && tar xzf "$py_tar" -C cpython --strip-components=1
cd cpython
cp "$here/effgauge_module.c" Modules/_effgauge.c
# The memory meter's block sizes, inside pymalloc (see effgauge_obmalloc.c).
cat "$here/effgauge_obmalloc.c" >>Objects/obmalloc.c
# memcpy/memmove/memset and the cost model's counters: the one object built
# with bulk memory (see effgauge_mem.c); linked before libc, so it replaces
# musl's copy loops. -fno-builtin keeps clang from turning its short loops
# back into calls to itself.
cp "$here/effgauge_mem.c" "$work/effgauge_mem.c"
$CC -O2 -mbulk-memory -fno-builtin $WARN -c "$work/effgauge_mem.c" -o "$work/effgauge_mem.o"
printf '*static*\n_effgauge _effgauge.c %s\n' "$work/effgauge_mem.o" >Modules/Setup.local
# Raise the C stack; let wasm-ld size the initial memory itself; link a WASI
# reactor (the host calls our exports, see effgauge_module.c, never _start).
# Only the interpreter's own links see this flag, not configure's probes.
sed -i "s/-z stack-size=524288 -Wl,--stack-first -Wl,--initial-memory=10485760/-z stack-size=$C_STACK_BYTES -Wl,--stack-first -mexec-model=reactor/" configure
grep -q "stack-size=$C_STACK_BYTES" configure || { log "configure patch did not apply"; exit 1; }

CONFIG_SITE=Tools/wasm/config.site-wasm32-wasi \
    CC="$CC" AR=llvm-ar-19 RANLIB=llvm-ranlib-19 \
    CFLAGS="$WARN" OPT="-DNDEBUG -fwrapv -O3" \
    PKG_CONFIG_LIBDIR="" \
    ZLIB_CFLAGS="-I$work/zlib" ZLIB_LIBS="-L$work/zlib -lz" \
    ./configure --host=wasm32-unknown-wasi --build="$(./config.guess)" \
    --with-build-python="$BUILD_PYTHON" --with-pymalloc --enable-big-digits=30 \
    --disable-test-modules --without-ensurepip --disable-ipv6 >"$work/configure.log" 2>&1 ||
    { tail -40 "$work/configure.log" >&2; exit 1; }

log "compiling CPython with $JOBS jobs"
make -j"$JOBS" python.wasm >"$work/make.log" 2>&1 || { tail -60 "$work/make.log" >&2; exit 1; }
make -j"$JOBS" sharedmods pybuilddir.txt >>"$work/make.log" 2>&1 || true

# --- assemble the runtime directory -------------------------------------------
stage="$out.partial"
rm -rf "$stage"
mkdir -p "$stage/lib/python3.11/lib-dynload"
llvm-strip-19 -o "$stage/python.wasm" python.wasm
# The stdlib minus what a sandbox without a terminal, GUI, network or
# subprocesses can never use, precompiled so the read-only mount needs no writes.
tar -C Lib --exclude=test --exclude=tests --exclude=idlelib --exclude=tkinter \
    --exclude=turtledemo --exclude=ensurepip --exclude=lib2to3 --exclude=__pycache__ \
    -cf - . | tar -C "$stage/lib/python3.11" -xf -
cp "$(cat pybuilddir.txt)"/_sysconfigdata_*.py "$stage/lib/python3.11/"
"$BUILD_PYTHON" -m compileall -q -j0 --invalidation-mode unchecked-hash \
    -d /usr/local/lib/python3.11 "$stage/lib/python3.11" >&2 || true
sha=$(sha256sum "$stage/python.wasm" | cut -d' ' -f1)
cat >"$stage/runtime.json" <<JSON
{"name": "cpython-wasi", "version": "$PY_VERSION", "sha256": "$sha", "recipe": "$key"}
JSON
rm -rf "$out"
mv "$stage" "$out"
log "built: $sha  python.wasm"
echo "$out"
