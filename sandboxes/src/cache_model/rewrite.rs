//! The rewrite that adds the cache simulation to the interpreter (see the
//! module above for why it looks like this): a `nop` before each of the
//! interpreter's charged operators, except where a call to the simulation
//! stands in for it (see `sim.rs`); the sampling test and a call after each
//! access; and the simulation's functions, memory, counter and export.

use super::sim::{self, Layout};
use super::{
    FLIP_EXPORT, LIMIT_EXPORT, MISSES_EXPORT, MIX_EXPORT, MOVES_EXPORT, STREAM_MISSES_EXPORT,
};
use wasm_encoder::reencode::{utils, Error, Reencode};
use wasm_encoder::{
    BlockType, ConstExpr, ExportKind, Function, GlobalType, Instruction as I, MemoryType, ValType,
};
use wasmparser::{Operator, Parser, Payload, TypeRef};

/// The globals the rewrite adds after the module's own, in order: each
/// exported under its name (the host reads or sets it), with its type and
/// initial value.
fn added_globals() -> [(&'static str, ValType, ConstExpr); 6] {
    let (mix, flip) = super::sampling_key_halves(0);
    [
        (MISSES_EXPORT, ValType::I64, ConstExpr::i64_const(0)),
        (MIX_EXPORT, ValType::I32, ConstExpr::i32_const(mix as i32)),
        (FLIP_EXPORT, ValType::I32, ConstExpr::i32_const(flip as i32)),
        (MOVES_EXPORT, ValType::I64, ConstExpr::i64_const(0)),
        (LIMIT_EXPORT, ValType::I32, ConstExpr::i32_const(0)),
        (STREAM_MISSES_EXPORT, ValType::I64, ConstExpr::i64_const(0)),
    ]
}

/// `wasm` with the cache simulation added, or why it cannot be.
pub(crate) fn instrument(wasm: &[u8]) -> Result<Vec<u8>, String> {
    let shape = Shape::of(wasm)?;
    let global = |name: &str| {
        let at = added_globals().iter().position(|(n, _, _)| *n == name);
        shape.globals + at.expect("an added global") as u32
    };
    let mut rewrite = Rewrite {
        layout: Layout {
            access: shape.functions,
            copy: shape.functions + 1,
            fill: shape.functions + 2,
            tags: 1,
            misses: global(MISSES_EXPORT),
            mix: global(MIX_EXPORT),
            flip: global(FLIP_EXPORT),
            moves: global(MOVES_EXPORT),
            limit: global(LIMIT_EXPORT),
            stream_misses: global(STREAM_MISSES_EXPORT),
        },
        globals: shape.globals,
        types: shape.types,
        params: shape.params,
        next_body: 0,
    };
    let mut module = wasm_encoder::Module::new();
    utils::parse_core_module(&mut rewrite, &mut module, Parser::new(0), wasm)
        .map_err(|e| format!("the cache model cannot rewrite the interpreter: {e}"))?;
    Ok(module.finish())
}

/// What the rewrite must know before it starts: index spaces and each
/// defined function's parameter count.
struct Shape {
    types: u32,
    functions: u32,
    globals: u32,
    /// Parameters of each defined function, in order.
    params: Vec<u32>,
}

impl Shape {
    fn of(wasm: &[u8]) -> Result<Shape, String> {
        let err = |e: wasmparser::BinaryReaderError| e.to_string();
        let (mut type_params, mut shape) = (
            Vec::new(),
            Shape {
                types: 0,
                functions: 0,
                globals: 0,
                params: Vec::new(),
            },
        );
        let (mut memories, mut sections) = (0, 0);
        for payload in Parser::new(0).parse_all(wasm) {
            match payload.map_err(err)? {
                Payload::TypeSection(reader) => {
                    sections += 1;
                    for ty in reader.into_iter_err_on_gc_types() {
                        type_params.push(ty.map_err(err)?.params().len() as u32);
                    }
                    shape.types = type_params.len() as u32;
                }
                Payload::ImportSection(reader) => {
                    for import in reader.into_imports() {
                        match import.map_err(err)?.ty {
                            TypeRef::Func(_) => shape.functions += 1,
                            TypeRef::Global(_) => shape.globals += 1,
                            TypeRef::Memory(_) => memories += 1,
                            _ => {}
                        }
                    }
                }
                Payload::FunctionSection(reader) => {
                    sections += 1;
                    for ty in reader {
                        let ty = ty.map_err(err)? as usize;
                        let params = type_params.get(ty).ok_or("a function of no type")?;
                        shape.params.push(*params);
                        shape.functions += 1;
                    }
                }
                Payload::MemorySection(reader) => {
                    sections += 1;
                    memories += reader.count();
                }
                Payload::GlobalSection(reader) => {
                    sections += 1;
                    shape.globals += reader.count();
                }
                Payload::ExportSection(_) => sections += 1,
                _ => {}
            }
        }
        if memories != 1 || sections != 5 {
            return Err(
                "the cache model expects one defined memory and the type, function, \
                 memory, global and export sections"
                    .into(),
            );
        }
        Ok(shape)
    }
}

struct Rewrite {
    layout: Layout,
    /// The module's own globals: the added ones follow.
    globals: u32,
    types: u32,
    params: Vec<u32>,
    next_body: usize,
}

/// Scratch locals each rewritten function gets, after its own.
const SCRATCH: [(u32, ValType); 4] = [
    (4, ValType::I32),
    (1, ValType::I64),
    (1, ValType::F32),
    (1, ValType::F64),
];

/// The scratch locals' indices.
#[derive(Clone, Copy)]
struct Scratch {
    addr: u32,
    a: u32,
    b: u32,
    c: u32,
    i64: u32,
    f32: u32,
    f64: u32,
}

impl Scratch {
    fn after(first: u32) -> Scratch {
        Scratch {
            addr: first,
            a: first + 1,
            b: first + 2,
            c: first + 3,
            i64: first + 4,
            f32: first + 5,
            f64: first + 6,
        }
    }
}

/// What an operator does to linear memory.
enum Access {
    None,
    /// A load (the address is consumed, a value left).
    Load(u64),
    /// A store of a value of this type.
    Store(u64, ValType),
    /// `memory.copy`: reads the source range, writes the destination's.
    Copy,
    /// `memory.fill` and `memory.init`: writes the destination range.
    Fill,
    /// Anything else on memory 0 (atomics, SIMD): not in the interpreter.
    Unsupported,
}

fn access(op: &Operator<'_>) -> Access {
    use Operator as O;
    match op {
        O::I32Load { memarg }
        | O::I64Load { memarg }
        | O::F32Load { memarg }
        | O::F64Load { memarg }
        | O::I32Load8S { memarg }
        | O::I32Load8U { memarg }
        | O::I32Load16S { memarg }
        | O::I32Load16U { memarg }
        | O::I64Load8S { memarg }
        | O::I64Load8U { memarg }
        | O::I64Load16S { memarg }
        | O::I64Load16U { memarg }
        | O::I64Load32S { memarg }
        | O::I64Load32U { memarg } => Access::Load(memarg.offset),
        O::I32Store { memarg } | O::I32Store8 { memarg } | O::I32Store16 { memarg } => {
            Access::Store(memarg.offset, ValType::I32)
        }
        O::I64Store { memarg }
        | O::I64Store8 { memarg }
        | O::I64Store16 { memarg }
        | O::I64Store32 { memarg } => Access::Store(memarg.offset, ValType::I64),
        O::F32Store { memarg } => Access::Store(memarg.offset, ValType::F32),
        O::F64Store { memarg } => Access::Store(memarg.offset, ValType::F64),
        O::MemoryCopy { .. } => Access::Copy,
        O::MemoryFill { .. } | O::MemoryInit { .. } => Access::Fill,
        O::MemoryGrow { .. } | O::MemorySize { .. } | O::DataDrop { .. } => Access::None,
        other => {
            let name = format!("{other:?}");
            if name.contains("Load") || name.contains("Store") || name.starts_with("Memory") {
                Access::Unsupported
            } else {
                Access::None
            }
        }
    }
}

/// Whether wasmtime charges the operator under `cost-v1` (the operators its
/// defaults leave free stay free there, see `operator_class::table`).
fn charged(op: &Operator<'_>) -> bool {
    !matches!(
        op,
        Operator::Nop
            | Operator::Drop
            | Operator::Block { .. }
            | Operator::Loop { .. }
            | Operator::Unreachable
            | Operator::Return
            | Operator::Else
            | Operator::End
    )
}

/// The interpreter's access, followed by the simulation's: the address
/// (plus the offset) goes to `access` when its line is sampled, and the call
/// is the access's charge; otherwise a `nop` is.
fn after_access(f: &mut Function, layout: Layout, scratch: Scratch, offset: u64) {
    if offset != 0 {
        f.instruction(&I::LocalGet(scratch.addr));
        f.instruction(&I::I32Const(offset as u32 as i32));
        f.instruction(&I::I32Add);
        f.instruction(&I::LocalSet(scratch.addr));
    }
    f.instruction(&I::LocalGet(scratch.addr));
    for i in sim::sampled(layout) {
        f.instruction(&i);
    }
    f.instruction(&I::If(BlockType::Empty));
    f.instruction(&I::LocalGet(scratch.addr));
    f.instruction(&I::Call(layout.access));
    f.instruction(&I::Else);
    f.instruction(&I::Nop);
    f.instruction(&I::End);
}

impl Rewrite {
    fn body(&mut self, func: &wasmparser::FunctionBody<'_>) -> Result<Function, Error<String>> {
        let params = self.params[self.next_body];
        self.next_body += 1;
        let mut locals = Vec::new();
        let mut count = params;
        for pair in func.get_locals_reader()? {
            let (n, ty) = pair?;
            count += n;
            locals.push((n, self.val_type(ty)?));
        }
        locals.extend(SCRATCH);
        let scratch = Scratch::after(count);
        let mut f = Function::new(locals);
        let mut reader = func.get_operators_reader()?;
        while !reader.eof() {
            let op = reader.read()?;
            if matches!(op, Operator::Nop) {
                return Err(Error::UserError("the interpreter has a `nop`".into()));
            }
            let kind = access(&op);
            // An access is charged by what follows it (see `emit`).
            if charged(&op) && matches!(kind, Access::None) {
                f.instruction(&I::Nop);
            }
            let instruction = self.instruction(op)?;
            self.emit(&mut f, scratch, kind, &instruction)?;
        }
        Ok(f)
    }

    fn emit(
        &self,
        f: &mut Function,
        s: Scratch,
        kind: Access,
        op: &I<'_>,
    ) -> Result<(), Error<String>> {
        let layout = self.layout;
        match kind {
            Access::None => {
                f.instruction(op);
            }
            Access::Load(offset) => {
                f.instruction(&I::LocalTee(s.addr));
                f.instruction(op);
                after_access(f, layout, s, offset);
            }
            Access::Store(offset, ty) => {
                let value = match ty {
                    ValType::I64 => s.i64,
                    ValType::F32 => s.f32,
                    ValType::F64 => s.f64,
                    _ => s.a,
                };
                f.instruction(&I::LocalSet(value));
                f.instruction(&I::LocalTee(s.addr));
                f.instruction(&I::LocalGet(value));
                f.instruction(op);
                after_access(f, layout, s, offset);
            }
            Access::Copy => {
                // [dst, src, len]; the call is the copy's charge.
                for i in [
                    I::LocalSet(s.a),
                    I::LocalSet(s.b),
                    I::LocalSet(s.c),
                    I::LocalGet(s.c),
                    I::LocalGet(s.b),
                    I::LocalGet(s.a),
                    I::Call(layout.copy),
                    I::LocalGet(s.c),
                    I::LocalGet(s.b),
                    I::LocalGet(s.a),
                ] {
                    f.instruction(&i);
                }
                f.instruction(op);
            }
            Access::Fill => {
                // [dst, value or source offset, len]; the call is the
                // operator's charge.
                for i in [
                    I::LocalSet(s.a),
                    I::LocalSet(s.b),
                    I::LocalSet(s.c),
                    I::LocalGet(s.c),
                    I::LocalGet(s.a),
                    I::Call(layout.fill),
                    I::LocalGet(s.c),
                    I::LocalGet(s.b),
                    I::LocalGet(s.a),
                ] {
                    f.instruction(&i);
                }
                f.instruction(op);
            }
            Access::Unsupported => {
                return Err(Error::UserError(format!(
                    "the cache model does not handle {op:?}"
                )))
            }
        }
        Ok(())
    }
}

impl Reencode for Rewrite {
    type Error = String;

    fn parse_function_body(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        func: wasmparser::FunctionBody<'_>,
    ) -> Result<(), Error<Self::Error>> {
        let f = self.body(&func)?;
        code.function(&f);
        Ok(())
    }

    fn parse_code_section(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        section: wasmparser::CodeSectionReader<'_>,
    ) -> Result<(), Error<Self::Error>> {
        utils::parse_code_section(self, code, section)?;
        code.function(&sim::access(self.layout));
        code.function(&sim::copy(self.layout));
        code.function(&sim::fill(self.layout));
        Ok(())
    }

    fn parse_type_section(
        &mut self,
        types: &mut wasm_encoder::TypeSection,
        section: wasmparser::TypeSectionReader<'_>,
    ) -> Result<(), Error<Self::Error>> {
        utils::parse_type_section(self, types, section)?;
        types.ty().function([ValType::I32], []);
        types
            .ty()
            .function([ValType::I32, ValType::I32, ValType::I32], []);
        types.ty().function([ValType::I32, ValType::I32], []);
        Ok(())
    }

    fn parse_function_section(
        &mut self,
        functions: &mut wasm_encoder::FunctionSection,
        section: wasmparser::FunctionSectionReader<'_>,
    ) -> Result<(), Error<Self::Error>> {
        utils::parse_function_section(self, functions, section)?;
        functions.function(self.types);
        functions.function(self.types + 1);
        functions.function(self.types + 2);
        Ok(())
    }

    fn parse_memory_section(
        &mut self,
        memories: &mut wasm_encoder::MemorySection,
        section: wasmparser::MemorySectionReader<'_>,
    ) -> Result<(), Error<Self::Error>> {
        utils::parse_memory_section(self, memories, section)?;
        memories.memory(MemoryType {
            minimum: sim::TAG_PAGES,
            maximum: Some(sim::TAG_PAGES),
            memory64: false,
            shared: false,
            page_size_log2: None,
        });
        Ok(())
    }

    fn parse_global_section(
        &mut self,
        globals: &mut wasm_encoder::GlobalSection,
        section: wasmparser::GlobalSectionReader<'_>,
    ) -> Result<(), Error<Self::Error>> {
        utils::parse_global_section(self, globals, section)?;
        for (_, val_type, init) in added_globals() {
            let ty = GlobalType {
                val_type,
                mutable: true,
                shared: false,
            };
            globals.global(ty, &init);
        }
        Ok(())
    }

    fn parse_export_section(
        &mut self,
        exports: &mut wasm_encoder::ExportSection,
        section: wasmparser::ExportSectionReader<'_>,
    ) -> Result<(), Error<Self::Error>> {
        utils::parse_export_section(self, exports, section)?;
        for (at, (name, _, _)) in (self.globals..).zip(added_globals()) {
            exports.export(name, ExportKind::Global, at);
        }
        Ok(())
    }
}

#[cfg(test)]
#[path = "rewrite_tests.rs"]
mod tests;
