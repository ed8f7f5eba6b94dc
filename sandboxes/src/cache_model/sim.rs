//! The simulation's code: the three functions the rewrite appends, and the
//! sampling test it puts at every access.
//!
//! Memory 1 holds the tags, [`super::WAYS`] 4-byte slots per set, most
//! recently used first (a slot holds its line's number plus one, so a
//! zeroed slot matches nothing), then one bit per line of the 4 GiB address
//! space: whether the case has touched the line yet (only sampled lines'
//! bits are ever set; the pages of the others are never touched).
//!
//! wasmtime charges every function call one unit of fuel on entry, whatever
//! the operator table says. So each appended function stands in for exactly
//! one charged operator of the interpreter: `access` for the load or store
//! it follows (whose `nop` the rewrite moves to the branch that does not
//! call), `copy` for `memory.copy` and `fill` for `memory.fill` and
//! `memory.init` (whose `nop`s it drops). Inside them nothing else is
//! called: the per-line simulation is inlined in each.

#[cfg(doc)]
use super::SAMPLED_SETS;
use super::{LINE_SHIFT, SETS, WAYS};

/// Where the bits of lines seen start in memory 1: after the tags.
const SEEN_OFFSET: i32 = SETS * WAYS * 4;
/// Memory 1's size in 64 KiB pages: the tags and a bit per line of 4 GiB.
pub(super) const TAG_PAGES: u64 =
    (SEEN_OFFSET as u64 + (1u64 << (32 - LINE_SHIFT)) / 8).div_ceil(65536);
use wasm_encoder::{BlockType, Function, Instruction as I, MemArg, ValType};

/// Where the added functions and state are, in the rewritten module.
#[derive(Debug, Clone, Copy)]
pub(super) struct Layout {
    /// `access(addr: i32)`: one access to the line holding `addr`.
    pub access: u32,
    /// `copy(dst: i32, src: i32, len: i32)`: reads of the source's lines,
    /// then writes of the destination's.
    pub copy: u32,
    /// `fill(dst: i32, len: i32)`: writes of the destination's lines.
    pub fill: u32,
    /// The tags' memory.
    pub tags: u32,
    /// The sampled-miss counter (`i64`).
    pub misses: u32,
    /// Bytes moved within one buffer (`i64`).
    pub moves: u32,
    /// Sampled misses of bulk copies' and fills' lines (`i64`).
    pub stream_misses: u32,
    /// The sampling key's two halves (`i32`): an odd multiplier and a mask.
    pub mix: u32,
    pub flip: u32,
    /// How many sets are sampled now (`i32`): [`SAMPLED_SETS`] while the
    /// metered region runs, 0 before and after it (the host sets it).
    pub limit: u32,
}

/// A line is sampled when `((line ^ flip) * mix) mod SETS < limit`. With
/// `mix` odd this depends on the line's set only, and picks exactly `limit`
/// sets: a bijection of the set index, keyed by the host (see
/// [`super::sampling_key_halves`]). Outside the region `limit` is 0 and no
/// line is simulated: the cache and the lines seen start empty with the
/// region, so the input (decoded before it) is as fresh as the rest.
pub(super) fn sampled(layout: Layout) -> [I<'static>; 10] {
    [
        I::I32Const(LINE_SHIFT),
        I::I32ShrU,
        I::GlobalGet(layout.flip),
        I::I32Xor,
        I::GlobalGet(layout.mix),
        I::I32Mul,
        I::I32Const(SETS - 1),
        I::I32And,
        I::GlobalGet(layout.limit),
        I::I32LtU,
    ]
}

/// The simulation's locals, after a function's parameters.
#[derive(Clone, Copy)]
struct Locals {
    line: u32,
    last: u32,
    base: u32,
    tag: u32,
    carry: u32,
    old: u32,
}

impl Locals {
    const COUNT: u32 = 6;

    fn after(params: u32) -> Locals {
        Locals {
            line: params,
            last: params + 1,
            base: params + 2,
            tag: params + 3,
            carry: params + 4,
            old: params + 5,
        }
    }
}

fn tags_at(offset: i32, memory: u32) -> MemArg {
    MemArg {
        offset: offset as u64,
        align: 2,
        memory_index: memory,
    }
}

/// Whose access a line's is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Traffic {
    /// A load or store: its misses count.
    Access,
    /// A line of a bulk copy or fill: it enters the cache (and evicts), and
    /// its misses count apart, first touches included, at a price of their
    /// own. Natively a long copy streams (the hardware prefetches it):
    /// charging its lines as ordinary misses made a 1 MiB copy cost 4 to 7
    /// times its native time.
    Stream,
}

/// One access to the line in `l.line`: nothing outside the sampled sets;
/// else the line moves to the front of its set, and a miss (not among the
/// ways) evicts the least recently used and counts (see [`Traffic`]).
fn line_access(f: &mut Function, layout: Layout, l: Locals, traffic: Traffic) {
    let mut emit = |i: I<'_>| {
        f.instruction(&i);
    };
    emit(I::Block(BlockType::Empty));
    emit(I::LocalGet(l.line));
    emit(I::GlobalGet(layout.flip));
    emit(I::I32Xor);
    emit(I::GlobalGet(layout.mix));
    emit(I::I32Mul);
    emit(I::I32Const(SETS - 1));
    emit(I::I32And);
    emit(I::GlobalGet(layout.limit));
    emit(I::I32GeU);
    emit(I::BrIf(0));
    emit(I::LocalGet(l.line));
    emit(I::I32Const(SETS - 1));
    emit(I::I32And);
    emit(I::I32Const(WAYS.trailing_zeros() as i32 + 2));
    emit(I::I32Shl);
    emit(I::LocalSet(l.base));
    emit(I::LocalGet(l.line));
    emit(I::I32Const(1));
    emit(I::I32Add);
    emit(I::LocalTee(l.tag));
    // The most recent line again: nothing moves.
    emit(I::LocalGet(l.base));
    emit(I::I32Load(tags_at(0, layout.tags)));
    emit(I::I32Eq);
    emit(I::BrIf(0));
    emit(I::LocalGet(l.tag));
    emit(I::LocalSet(l.carry));
    for way in 0..WAYS {
        emit(I::LocalGet(l.base));
        emit(I::I32Load(tags_at(4 * way, layout.tags)));
        emit(I::LocalSet(l.old));
        emit(I::LocalGet(l.base));
        emit(I::LocalGet(l.carry));
        emit(I::I32Store(tags_at(4 * way, layout.tags)));
        emit(I::LocalGet(l.old));
        emit(I::LocalGet(l.tag));
        emit(I::I32Eq);
        emit(I::BrIf(0));
        emit(I::LocalGet(l.old));
        emit(I::LocalSet(l.carry));
    }
    // Not among the ways: a miss, charged only if the line was seen before
    // in this case (see the module's "Compulsory misses").
    let seen = MemArg {
        offset: SEEN_OFFSET as u64,
        align: 0,
        memory_index: layout.tags,
    };
    emit(I::LocalGet(l.line));
    emit(I::I32Const(3));
    emit(I::I32ShrU);
    emit(I::LocalTee(l.base));
    emit(I::I32Load8U(seen));
    emit(I::LocalSet(l.old));
    emit(I::I32Const(1));
    emit(I::LocalGet(l.line));
    emit(I::I32Const(7));
    emit(I::I32And);
    emit(I::I32Shl);
    emit(I::LocalSet(l.carry));
    if traffic == Traffic::Stream {
        emit(I::GlobalGet(layout.stream_misses));
        emit(I::I64Const(1));
        emit(I::I64Add);
        emit(I::GlobalSet(layout.stream_misses));
    }
    emit(I::LocalGet(l.old));
    emit(I::LocalGet(l.carry));
    emit(I::I32And);
    if traffic == Traffic::Stream {
        // Not an ordinary miss: the line is only marked seen below.
        emit(I::I32Const(0));
        emit(I::I32And);
    }
    emit(I::If(BlockType::Empty));
    emit(I::GlobalGet(layout.misses));
    emit(I::I64Const(1));
    emit(I::I64Add);
    emit(I::GlobalSet(layout.misses));
    emit(I::Else);
    emit(I::LocalGet(l.base));
    emit(I::LocalGet(l.old));
    emit(I::LocalGet(l.carry));
    emit(I::I32Or);
    emit(I::I32Store8(seen));
    emit(I::End);
    emit(I::End);
}

/// An access to each line from `addr`'s to `addr + len - 1`'s (none for an
/// empty range), `addr` and `len` being locals.
fn range_access(f: &mut Function, layout: Layout, l: Locals, addr: u32, len: u32) {
    for i in [
        I::Block(BlockType::Empty),
        I::LocalGet(len),
        I::I32Eqz,
        I::BrIf(0),
        I::LocalGet(addr),
        I::I32Const(LINE_SHIFT),
        I::I32ShrU,
        I::LocalSet(l.line),
        I::LocalGet(addr),
        I::LocalGet(len),
        I::I32Add,
        I::I32Const(1),
        I::I32Sub,
        I::I32Const(LINE_SHIFT),
        I::I32ShrU,
        I::LocalSet(l.last),
        I::Loop(BlockType::Empty),
    ] {
        f.instruction(&i);
    }
    line_access(f, layout, l, Traffic::Stream);
    for i in [
        // A range that wraps past 4 GiB (its copy traps anyway) ends after
        // its first line.
        I::LocalGet(l.line),
        I::LocalGet(l.last),
        I::I32GeU,
        I::BrIf(1),
        I::LocalGet(l.line),
        I::I32Const(1),
        I::I32Add,
        I::LocalSet(l.line),
        I::Br(0),
        I::End,
        I::End,
    ] {
        f.instruction(&i);
    }
}

/// `access(addr)`.
pub(super) fn access(layout: Layout) -> Function {
    let l = Locals::after(1);
    let mut f = Function::new([(Locals::COUNT, ValType::I32)]);
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::I32Const(LINE_SHIFT));
    f.instruction(&I::I32ShrU);
    f.instruction(&I::LocalSet(l.line));
    line_access(&mut f, layout, l, Traffic::Access);
    f.instruction(&I::End);
    f
}

/// `copy(dst, src, len)`: also counts the bytes of a move within one
/// buffer (the ranges overlap: `list.pop(0)`, `del a[:k]`), priced at
/// [`crate::Weights::per_buffer_move_byte`] on top of the moved-byte rate.
pub(super) fn copy(layout: Layout) -> Function {
    let (dst, src, len) = (0, 1, 2);
    let l = Locals::after(3);
    let mut f = Function::new([(Locals::COUNT, ValType::I32)]);
    for i in [
        // dst < src + len && src < dst + len: the ranges overlap.
        I::LocalGet(dst),
        I::LocalGet(src),
        I::LocalGet(len),
        I::I32Add,
        I::I32LtU,
        I::LocalGet(src),
        I::LocalGet(dst),
        I::LocalGet(len),
        I::I32Add,
        I::I32LtU,
        I::I32And,
        I::If(BlockType::Empty),
        I::GlobalGet(layout.moves),
        I::LocalGet(len),
        I::I64ExtendI32U,
        I::I64Add,
        I::GlobalSet(layout.moves),
        I::End,
    ] {
        f.instruction(&i);
    }
    range_access(&mut f, layout, l, src, len);
    range_access(&mut f, layout, l, dst, len);
    f.instruction(&I::End);
    f
}

/// `fill(dst, len)`.
pub(super) fn fill(layout: Layout) -> Function {
    let (dst, len) = (0, 1);
    let l = Locals::after(2);
    let mut f = Function::new([(Locals::COUNT, ValType::I32)]);
    range_access(&mut f, layout, l, dst, len);
    f.instruction(&I::End);
    f
}
