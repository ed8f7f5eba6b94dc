/*
 * effgauge_mem: the interpreter's memcpy, memmove and memset, and the work
 * counters of effgauge's cost model. Compiled on its own with -mbulk-memory
 * (the rest of CPython is not), so the only bulk-memory instructions in the
 * runtime are the ones below, each preceded by its charge.
 *
 * Why: wasmtime's fuel is one unit per operator, so musl's byte-and-word copy
 * loops cost fuel in proportion to the bytes moved at a rate many times what
 * native memcpy costs, while `memory.copy` would cost one unit whatever its
 * length. Neither tracks native time. Here copies run at native speed and are
 * charged per byte at a rate the host sets (the cost model, see the sandbox's
 * `cost_model.rs`); allocations made through CPython's allocators are counted
 * by hooks in effgauge_module.c and charged the same way.
 *
 * memcmp is here too, a word at a time: musl's byte loop costs several
 * operators per byte where native memcmp is vectorised (string equality and
 * prefix tests go through it). It moves nothing, so it is not charged.
 *
 * Charges are deterministic: the guest accumulates work and hands it to the
 * host (`effgauge.charge`) whenever it passes a threshold, before the copy
 * that crosses it runs, and before every marker. The host converts work to
 * fuel and takes it from the store, so the per-call fuel limit bounds copies
 * and allocations too (an over-limit charge traps like running out of fuel).
 */
#include <stddef.h>
#include <stdint.h>

#define HOST(name) __attribute__((import_module("effgauge"), import_name(name)))

/* Work since the last charge: bytes copied or filled, allocations, and the
   bytes those allocations asked for; and the memory meter's reading: the
   bytes held now in blocks of CPython's object and memory allocators, and
   the most held at once since the last charge, both counted from the start
   of the metered region (so they can be negative). */
HOST("charge") extern void eg_charge(uint64_t moved_bytes, uint64_t allocations,
                                     uint64_t allocated_bytes, int64_t live_bytes,
                                     int64_t peak_bytes);

/* Hand the work over once any counter passes its threshold: a host call
   every 16 KiB moved or 256 allocations costs nothing noticeable, and keeps
   what a trap can leave uncharged small. */
#define FLUSH_MOVED 16384u
#define FLUSH_ALLOCATIONS 256u
/* Copies up to this many bytes use a word loop: `memory.copy` is a call
   into the wasmtime runtime, slower than a short loop. */
#define SHORT 32u

static uint64_t pending_moved, pending_allocations, pending_allocated;
/* The memory meter (kept by the allocation hooks in effgauge_module.c):
   bytes held in live blocks counted since the region began, and their
   high-water mark since the last charge. */
int64_t effgauge_live_bytes, effgauge_peak_bytes;
/* Nonzero while the libc allocator's realloc runs (its copies are charged
   by the hook around it instead, see effgauge_module.c) or the memory meter
   zeroes a span of its marks (its own work); the brackets nest. */
static int inside_realloc;

static void
charge(void)
{
    uint64_t moved = pending_moved, allocations = pending_allocations,
             allocated = pending_allocated;
    int64_t peak = effgauge_peak_bytes;
    pending_moved = pending_allocations = pending_allocated = 0;
    effgauge_peak_bytes = effgauge_live_bytes;
    eg_charge(moved, allocations, allocated, effgauge_live_bytes, peak);
}

void
effgauge_flush(void)
{
    if (pending_moved | pending_allocations | pending_allocated) {
        charge();
    }
}

/* Before a marker: always, so that the host reads the memory meter at
   every marker (a region with no allocation at all still ends with one). */
void
effgauge_flush_all(void)
{
    charge();
}

/* Counts one allocation of `bytes`, charging before the caller allocates. */
void
effgauge_note_allocation(size_t bytes)
{
    pending_allocations += 1;
    pending_allocated += bytes;
    if (pending_allocations >= FLUSH_ALLOCATIONS || pending_allocated >= FLUSH_MOVED * 16) {
        effgauge_flush();
    }
}

static inline void
note_moved(size_t n)
{
    if (inside_realloc) {
        return;
    }
    pending_moved += n;
    if (pending_moved >= FLUSH_MOVED) {
        effgauge_flush();
    }
}

/* Charges `n` bytes moved; for the realloc hook. */
void
effgauge_note_moved(size_t n)
{
    note_moved(n);
}

/* Brackets the libc allocator's realloc (not reentrant: it never calls
   itself). */
void
effgauge_realloc_begin(void)
{
    inside_realloc++;
}

void
effgauge_realloc_end(void)
{
    inside_realloc--;
}

static inline void
copy_short(unsigned char *d, const unsigned char *s, size_t n)
{
    for (; n >= 8; n -= 8, d += 8, s += 8) {
        uint64_t w;
        __builtin_memcpy(&w, s, 8);
        __builtin_memcpy(d, &w, 8);
    }
    for (; n; n--) {
        *d++ = *s++;
    }
}

void *
memcpy(void *restrict dest, const void *restrict src, size_t n)
{
    note_moved(n);
    if (n <= SHORT) {
        copy_short(dest, src, n);
    } else {
        __builtin_memcpy(dest, src, n);
    }
    return dest;
}

void *
memmove(void *dest, const void *src, size_t n)
{
    note_moved(n);
    if (n <= SHORT && ((const unsigned char *)src >= (unsigned char *)dest + n ||
                       (unsigned char *)dest >= (const unsigned char *)src + n)) {
        copy_short(dest, src, n);
    } else {
        __builtin_memmove(dest, src, n);
    }
    return dest;
}

void *
memset(void *dest, int c, size_t n)
{
    note_moved(n);
    if (n <= SHORT) {
        unsigned char *d = dest;
        for (; n; n--) {
            *d++ = (unsigned char)c;
        }
    } else {
        __builtin_memset(dest, c, n);
    }
    return dest;
}

int
memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *l = a, *r = b;
    for (; n >= 8; n -= 8, l += 8, r += 8) {
        uint64_t x, y;
        __builtin_memcpy(&x, l, 8);
        __builtin_memcpy(&y, r, 8);
        if (x != y) {
            break;
        }
    }
    for (; n; n--, l++, r++) {
        if (*l != *r) {
            return *l - *r;
        }
    }
    return 0;
}
