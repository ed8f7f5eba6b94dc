//! Classes of WebAssembly operators, for fitting per-class fuel costs.
//!
//! wasmtime charges every operator one unit of fuel, but they cost native
//! CPython very differently: `local.get` is a register, a load may miss the
//! cache, a call spills. wasmtime 48 takes a cost per operator
//! (`Config::operator_cost`); this module groups its ~500 operators into a
//! few classes, builds tables from per-class costs, and builds *indicator*
//! tables (1 for the class, 0 otherwise) whose fuel is the class's operator
//! count, so the fidelity benchmark can record counts and a script can fit
//! the costs (see docs/figures.md, "Fidelity").

use crate::SandboxError;
use serde_json::Value;
use std::fmt;
use wasmtime::OperatorCost;

/// A class of operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OperatorClass {
    /// `local.get`, `local.set`, `local.tee`.
    Local,
    /// `global.get`, `global.set`.
    Global,
    /// Constants.
    Const,
    /// Loads from linear memory.
    Load,
    /// Stores to linear memory.
    Store,
    /// Direct and indirect calls.
    Call,
    /// Branches, `if` and `select`.
    Branch,
    /// Everything else that costs fuel: arithmetic, comparisons,
    /// conversions, memory size and bulk operations.
    Other,
}

impl OperatorClass {
    pub const ALL: [OperatorClass; 8] = [
        OperatorClass::Local,
        OperatorClass::Global,
        OperatorClass::Const,
        OperatorClass::Load,
        OperatorClass::Store,
        OperatorClass::Call,
        OperatorClass::Branch,
        OperatorClass::Other,
    ];

    pub fn name(self) -> &'static str {
        match self {
            OperatorClass::Local => "local",
            OperatorClass::Global => "global",
            OperatorClass::Const => "const",
            OperatorClass::Load => "load",
            OperatorClass::Store => "store",
            OperatorClass::Call => "call",
            OperatorClass::Branch => "branch",
            OperatorClass::Other => "other",
        }
    }

    /// The class of an operator, by its name in wasmparser (`I32Load8U`).
    pub fn of(operator: &str) -> OperatorClass {
        match operator {
            "LocalGet" | "LocalSet" | "LocalTee" => OperatorClass::Local,
            "GlobalGet" | "GlobalSet" => OperatorClass::Global,
            "Br" | "BrIf" | "BrTable" | "If" | "Select" | "TypedSelect" => OperatorClass::Branch,
            op if op.ends_with("Const") => OperatorClass::Const,
            op if op.starts_with("Call") || op.starts_with("ReturnCall") => OperatorClass::Call,
            op if op.contains("Load") => OperatorClass::Load,
            op if op.contains("Store") => OperatorClass::Store,
            _ => OperatorClass::Other,
        }
    }

    /// A table in which each operator of this class costs 1 and every other
    /// operator, and every byte of a bulk operation, 0.
    pub fn indicator(self) -> Result<OperatorCost, SandboxError> {
        table(|class| u8::from(class == self))
    }
}

impl fmt::Display for OperatorClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// wasmtime's table with each operator's cost set by its class; operators
/// wasmtime leaves free (`nop`, `block`, `end`, …) stay free, and bytes of
/// bulk copies and fills cost 0 (the cost model charges them).
pub fn table(cost: impl Fn(OperatorClass) -> u8) -> Result<OperatorCost, SandboxError> {
    let bad = |e: serde_json::Error| SandboxError::Wasmtime(format!("operator cost table: {e}"));
    let mut value = serde_json::to_value(OperatorCost::new()).map_err(bad)?;
    let fields = value
        .as_object_mut()
        .ok_or_else(|| SandboxError::Wasmtime("operator cost table is not a map".into()))?;
    for (name, slot) in fields.iter_mut() {
        if name == "variable" || slot.as_u64() == Some(0) {
            continue;
        }
        *slot = Value::from(cost(OperatorClass::of(name)));
    }
    let mut table: OperatorCost = serde_json::from_value(value).map_err(bad)?;
    table.variable.memory_copy_per_byte = 0;
    table.variable.memory_fill_per_byte = 0;
    Ok(table)
}

/// `cost-v1`'s table with every operator free except `nop`, which costs 1:
/// the cache model's rewrite marks each operator `cost-v1` charges with a
/// `nop`, so only those are charged, and its own operators are free.
pub fn nop_table() -> Result<OperatorCost, SandboxError> {
    let bad = |e: serde_json::Error| SandboxError::Wasmtime(format!("operator cost table: {e}"));
    let mut value = serde_json::to_value(table(|_| 1)?).map_err(bad)?;
    let fields = value
        .as_object_mut()
        .ok_or_else(|| SandboxError::Wasmtime("operator cost table is not a map".into()))?;
    for (name, slot) in fields.iter_mut() {
        if name != "variable" {
            *slot = Value::from(u8::from(name == "Nop"));
        }
    }
    serde_json::from_value(value).map_err(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operators_fall_in_the_expected_classes() {
        assert_eq!(OperatorClass::of("LocalTee"), OperatorClass::Local);
        assert_eq!(OperatorClass::of("I64Load8U"), OperatorClass::Load);
        assert_eq!(OperatorClass::of("F64Store"), OperatorClass::Store);
        assert_eq!(OperatorClass::of("I32Const"), OperatorClass::Const);
        assert_eq!(OperatorClass::of("CallIndirect"), OperatorClass::Call);
        assert_eq!(OperatorClass::of("BrIf"), OperatorClass::Branch);
        assert_eq!(OperatorClass::of("I32Add"), OperatorClass::Other);
    }

    #[test]
    fn an_indicator_table_counts_its_class_only() {
        let t = OperatorClass::Load.indicator().unwrap();
        assert_eq!(t.I32Load, 1);
        assert_eq!(t.I32Add, 0);
        assert_eq!(t.LocalGet, 0);
        assert_eq!(t.Block, 0);
        assert_eq!(t.variable.memory_copy_per_byte, 0);
        let all = table(|_| 1).unwrap();
        assert_eq!((all.I32Add, all.LocalGet, all.End), (1, 1, 0));
    }

    #[test]
    fn the_nop_table_charges_nop_only_and_keeps_cost_v1s_variable_costs() {
        let t = nop_table().unwrap();
        assert_eq!((t.Nop, t.I32Load, t.Call, t.If, t.End), (1, 0, 0, 0, 0));
        assert_eq!(t.variable, table(|_| 1).unwrap().variable);
    }
}
