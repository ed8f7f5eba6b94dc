//! The rewrite's tests: the simulation is free of fuel, and what it refuses.
use super::*;
use wasm_encoder::{
    CodeSection, ExportSection, FunctionSection, GlobalSection, MemArg, MemorySection, Module,
    TypeSection,
};

/// `f(n)`: n rounds of a load 64 bytes further each time, a store, and a
/// copy of `copy` bytes; returns the loads' sum (with `nop`, a `nop`
/// first).
fn module(copy: i32, nop: bool) -> Vec<u8> {
    let mut m = Module::new();
    let mut types = TypeSection::new();
    types.ty().function([ValType::I32], [ValType::I32]);
    m.section(&types);
    let mut funcs = FunctionSection::new();
    funcs.function(0);
    m.section(&funcs);
    let mut memory = MemorySection::new();
    memory.memory(MemoryType {
        minimum: 16,
        maximum: None,
        memory64: false,
        shared: false,
        page_size_log2: None,
    });
    m.section(&memory);
    let mut globals = GlobalSection::new();
    let ty = GlobalType {
        val_type: ValType::I32,
        mutable: true,
        shared: false,
    };
    globals.global(ty, &ConstExpr::i32_const(0));
    m.section(&globals);
    let mut exports = ExportSection::new();
    exports.export("f", ExportKind::Func, 0);
    m.section(&exports);
    let at = |offset| MemArg {
        offset,
        align: 2,
        memory_index: 0,
    };
    let (n, i, sum) = (0, 1, 2);
    let mut f = Function::new([(2, ValType::I32)]);
    if nop {
        f.instruction(&I::Nop);
    }
    for op in [
        I::Block(BlockType::Empty),
        I::Loop(BlockType::Empty),
        I::LocalGet(i),
        I::LocalGet(n),
        I::I32GeU,
        I::BrIf(1),
        I::LocalGet(sum),
        I::LocalGet(i),
        I::I32Const(6),
        I::I32Shl,
        I::I32Const(0xF_FFFF),
        I::I32And,
        I::I32Load(at(8)),
        I::I32Add,
        I::LocalSet(sum),
        I::LocalGet(i),
        I::I32Const(12),
        I::I32Shl,
        I::I32Const(0xF_FFFF),
        I::I32And,
        I::LocalGet(i),
        I::I32Store(at(4)),
        I::I32Const(0x8_0000),
        I::I32Const(0),
        I::I32Const(copy),
        I::MemoryCopy {
            src_mem: 0,
            dst_mem: 0,
        },
        I::LocalGet(i),
        I::I32Const(1),
        I::I32Add,
        I::LocalSet(i),
        I::Br(0),
        I::End,
        I::End,
        I::LocalGet(sum),
        I::End,
    ] {
        f.instruction(&op);
    }
    let mut code = CodeSection::new();
    code.function(&f);
    m.section(&code);
    m.finish()
}

/// Fuel, result and sampled misses of `f(n)` on `wasm` under `table`.
fn run(wasm: &[u8], table: wasmtime::OperatorCost, n: i32) -> (u64, i32, Option<i64>) {
    let mut config = wasmtime::Config::new();
    config.consume_fuel(true).operator_cost(table);
    let engine = wasmtime::Engine::new(&config).unwrap();
    let module = wasmtime::Module::new(&engine, wasm).unwrap();
    let mut store = wasmtime::Store::new(&engine, ());
    store.set_fuel(1 << 40).unwrap();
    let instance = wasmtime::Instance::new(&mut store, &module, &[]).unwrap();
    if let Some(cache) = super::super::CacheGlobals::of(&instance, &mut store) {
        cache.simulate(&mut store, true).unwrap();
    }
    let f = instance
        .get_typed_func::<i32, i32>(&mut store, "f")
        .unwrap();
    let out = f.call(&mut store, n).unwrap();
    let misses = instance
        .get_global(&mut store, MISSES_EXPORT)
        .map(|g| g.get(&mut store).i64().unwrap());
    ((1 << 40) - store.get_fuel().unwrap(), out, misses)
}

#[test]
fn a_module_with_a_nop_is_refused() {
    assert!(instrument(&module(0, true)).is_err());
    assert!(instrument(&module(0, false)).is_ok());
}

#[test]
fn the_simulation_is_free_and_the_interpreters_fuel_unchanged() {
    let cost_v1 = crate::operator_class::table(|_| 1).unwrap();
    let nops = crate::operator_class::nop_table().unwrap();
    for copy in [0, 1, 65, 4096] {
        let wasm = module(copy, false);
        let rewritten = instrument(&wasm).unwrap();
        // 16 384 rounds touch every line of the 1 MiB the loads walk;
        // after that they come back to lines evicted since.
        for n in [0, 1, 2, 100, 40_000] {
            let (fuel, out, none) = run(&wasm, cost_v1.clone(), n);
            let (fuel2, out2, misses) = run(&rewritten, nops.clone(), n);
            assert_eq!((fuel2, out2), (fuel, out), "n = {n}, copy = {copy}");
            assert_eq!(none, None);
            assert!(n < 20_000 || misses.unwrap() > 0, "{misses:?}");
        }
    }
}
