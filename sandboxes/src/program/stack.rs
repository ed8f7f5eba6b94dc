//! The stack meter of compiled programs.
//!
//! A compiled program's memory is its linear memory at its largest (which
//! the host sees grow) plus what it used of its stack, which sits at the
//! bottom of linear memory with a fixed size and so never grows: a local
//! array, a VLA or `alloca` holds memory there that the linear memory does
//! not show. An adversary held 7 MiB that way at the figure of a program
//! holding nothing. Scanning the stack for written bytes after the run does
//! not do, since a program can zero it again before it ends.
//!
//! So the sandbox adds a meter to the module before it is loaded: a global
//! the program cannot name (it is added after linking, and is not in
//! linear memory) that follows the lowest value the stack pointer took.
//! After every `global.set` of the stack pointer (global 0, which wasm-ld
//! makes the stack pointer, checked: a mutable `i32` whose initial value is
//! the stack's top), seven operators keep the minimum, branch-free:
//!
//! ```text
//! global.get $sp  global.get $low  global.get $sp  global.get $low
//! i32.lt_u  select  global.set $low
//! ```
//!
//! They are fuel like any other operators (part of every compiled program's
//! cost, references included). The host reads the global, exported as
//! [`STACK_LOW_EXPORT`], when the case ends.

use wasm_encoder::reencode::{utils, Error, Reencode};
use wasm_encoder::{ConstExpr, ExportKind, GlobalType, Instruction, ValType};
use wasmparser::{Operator, Parser, Payload, TypeRef};

/// The export of the lowest stack pointer a case reached.
pub const STACK_LOW_EXPORT: &str = "effgauge_stack_low";

/// `wasm` with the stack meter added, or why it cannot be: the program's
/// global 0 is not a stack pointer as wasm-ld makes it.
pub fn add_stack_meter(wasm: &[u8]) -> Result<Vec<u8>, String> {
    let (globals, top) = stack_pointer(wasm)?;
    let mut meter = StackMeter { low: globals, top };
    let mut module = wasm_encoder::Module::new();
    utils::parse_core_module(&mut meter, &mut module, Parser::new(0), wasm)
        .map_err(|e| format!("the stack meter cannot rewrite the program: {e}"))?;
    Ok(module.finish())
}

/// The number of globals and the stack's top (global 0's initial value).
fn stack_pointer(wasm: &[u8]) -> Result<(u32, i32), String> {
    let not_a_stack =
        || "the program's global 0 is not a stack pointer (wasm-ld's layout)".to_owned();
    let (mut imported, mut defined, mut top) = (0u32, 0u32, None);
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(|e| e.to_string())? {
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    if matches!(import.map_err(|e| e.to_string())?.ty, TypeRef::Global(_)) {
                        imported += 1;
                    }
                }
            }
            Payload::GlobalSection(reader) => {
                for (i, global) in reader.into_iter().enumerate() {
                    let global = global.map_err(|e| e.to_string())?;
                    defined += 1;
                    if i == 0 && imported == 0 {
                        top = stack_top(&global);
                    }
                }
            }
            _ => {}
        }
    }
    let top = top.ok_or_else(not_a_stack)?;
    Ok((imported + defined, top))
}

/// A mutable `i32` global's constant initial value.
fn stack_top(global: &wasmparser::Global<'_>) -> Option<i32> {
    if global.ty.content_type != wasmparser::ValType::I32 || !global.ty.mutable {
        return None;
    }
    let mut ops = global.init_expr.get_operators_reader();
    match (ops.read().ok()?, ops.read().ok()?) {
        (Operator::I32Const { value }, Operator::End) => Some(value),
        _ => None,
    }
}

struct StackMeter {
    /// The meter's global: after every other global.
    low: u32,
    /// The stack's top: where the meter starts.
    top: i32,
}

impl Reencode for StackMeter {
    type Error = std::convert::Infallible;

    fn parse_function_body(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        func: wasmparser::FunctionBody<'_>,
    ) -> Result<(), Error<Self::Error>> {
        let mut f = self.new_function_with_parsed_locals(&func)?;
        let mut reader = func.get_operators_reader()?;
        while !reader.eof() {
            let op = reader.read()?;
            let sets_stack = matches!(op, Operator::GlobalSet { global_index: 0 });
            f.instruction(&self.instruction(op)?);
            if sets_stack {
                for i in [
                    Instruction::GlobalGet(0),
                    Instruction::GlobalGet(self.low),
                    Instruction::GlobalGet(0),
                    Instruction::GlobalGet(self.low),
                    Instruction::I32LtU,
                    Instruction::Select,
                    Instruction::GlobalSet(self.low),
                ] {
                    f.instruction(&i);
                }
            }
        }
        code.function(&f);
        Ok(())
    }

    fn parse_global_section(
        &mut self,
        globals: &mut wasm_encoder::GlobalSection,
        section: wasmparser::GlobalSectionReader<'_>,
    ) -> Result<(), Error<Self::Error>> {
        utils::parse_global_section(self, globals, section)?;
        let ty = GlobalType {
            val_type: ValType::I32,
            mutable: true,
            shared: false,
        };
        globals.global(ty, &ConstExpr::i32_const(self.top));
        Ok(())
    }

    fn parse_export_section(
        &mut self,
        exports: &mut wasm_encoder::ExportSection,
        section: wasmparser::ExportSectionReader<'_>,
    ) -> Result<(), Error<Self::Error>> {
        utils::parse_export_section(self, exports, section)?;
        exports.export(STACK_LOW_EXPORT, ExportKind::Global, self.low);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use wasm_encoder::{
        CodeSection, ExportSection, Function, FunctionSection, GlobalSection, MemorySection,
        MemoryType, Module, TypeSection,
    };

    /// A module shaped like wasm-ld's: global 0 the stack pointer (when
    /// `stack`), a function that moves it down by 4 KiB and back.
    fn module(stack: bool) -> Vec<u8> {
        let mut m = Module::new();
        let mut types = TypeSection::new();
        types.ty().function([], []);
        m.section(&types);
        let mut funcs = FunctionSection::new();
        funcs.function(0);
        m.section(&funcs);
        let mut memory = MemorySection::new();
        memory.memory(MemoryType {
            minimum: 2,
            maximum: None,
            memory64: false,
            shared: false,
            page_size_log2: None,
        });
        m.section(&memory);
        let mut globals = GlobalSection::new();
        let ty = GlobalType {
            val_type: ValType::I32,
            mutable: stack,
            shared: false,
        };
        globals.global(ty, &ConstExpr::i32_const(65536));
        m.section(&globals);
        let mut exports = ExportSection::new();
        exports.export("_start", ExportKind::Func, 0);
        m.section(&exports);
        let mut f = Function::new([]);
        if stack {
            for (op, delta) in [(Instruction::I32Sub, 4096), (Instruction::I32Add, 4096)] {
                f.instruction(&Instruction::GlobalGet(0));
                f.instruction(&Instruction::I32Const(delta));
                f.instruction(&op);
                f.instruction(&Instruction::GlobalSet(0));
            }
        }
        f.instruction(&Instruction::End);
        let mut code = CodeSection::new();
        code.function(&f);
        m.section(&code);
        m.finish()
    }

    #[test]
    fn the_meter_keeps_the_lowest_stack_pointer() {
        let wasm = add_stack_meter(&module(true)).unwrap();
        let engine = wasmtime::Engine::default();
        let m = wasmtime::Module::new(&engine, &wasm).unwrap();
        let mut store = wasmtime::Store::new(&engine, ());
        let instance = wasmtime::Instance::new(&mut store, &m, &[]).unwrap();
        let low = instance.get_global(&mut store, STACK_LOW_EXPORT).unwrap();
        assert_eq!(low.get(&mut store).i32(), Some(65536));
        let start = instance
            .get_typed_func::<(), ()>(&mut store, "_start")
            .unwrap();
        start.call(&mut store, ()).unwrap();
        assert_eq!(low.get(&mut store).i32(), Some(65536 - 4096));
    }

    #[test]
    fn a_module_without_a_stack_pointer_is_refused() {
        assert!(add_stack_meter(&module(false)).is_err());
    }
}
