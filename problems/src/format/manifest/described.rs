//! `[[alternatives]]` tables: what each slower solution of `alternatives/`
//! stands for.
//!
//! The validator's authoring gates need to know more than that an
//! alternative is slower. A *textbook* alternative is a standard algorithm a
//! competent author could have chosen; if it lands within 1.2× of the
//! reference the problem does not reward knowing the better one (gate
//! `near-ties`). A *slip* is an inefficiency language models really write
//! (`list.pop(0)` queues, `x in list`, string `+=`...), named by a pattern
//! from a fixed vocabulary so that the suite can say which slips it covers
//! (gate `slips`). Either one slows the solution down by its *complexity*
//! (a worse growth class, which the growth exponents must show: gate
//! `discrimination`) or by a *constant* factor, or costs *memory* rather
//! than time (more bytes held at once in the same time class).

use super::table::Table;
use crate::format::toml_node::Node;
use crate::ProblemsError;
use serde::Serialize;

/// Whether an alternative is a standard slower algorithm or a model-typical
/// slip.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AlternativeKind {
    Textbook,
    Slip,
}

impl AlternativeKind {
    pub const ALL: [AlternativeKind; 2] = [AlternativeKind::Textbook, AlternativeKind::Slip];

    /// Its name in `problem.toml` (`kind = "..."`).
    pub fn name(self) -> &'static str {
        match self {
            AlternativeKind::Textbook => "textbook",
            AlternativeKind::Slip => "slip",
        }
    }
}

/// How an alternative is worse than the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Slows {
    /// A worse growth class: its growth exponent must exceed the
    /// reference's.
    Complexity,
    /// The same class with a larger constant (a log factor counts here: over
    /// a 10× size step it moves the exponent by about 0.1, less than
    /// constants do).
    Constant,
    /// The same time class, more memory held at once: its peak live bytes
    /// must exceed the reference's. Such an alternative may run about as
    /// fast as the reference, so time alone cannot tell it apart: only a
    /// memory figure shows what it wastes (a whole table kept, a list built
    /// where a running value does, a copy of the input, a memo of every
    /// state).
    Memory,
}

impl Slows {
    pub const ALL: [Slows; 3] = [Slows::Complexity, Slows::Constant, Slows::Memory];

    /// Its name in `problem.toml` (`slows = "..."`).
    pub fn name(self) -> &'static str {
        match self {
            Slows::Complexity => "complexity",
            Slows::Constant => "constant",
            Slows::Memory => "memory",
        }
    }
}

/// The inefficiencies seen in real LLM solutions that the suite names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SlipPattern {
    /// `list.pop(0)`, `list.insert(0, x)` or `[x] + xs` in a loop.
    PopFront,
    /// `x in some_list` inside a loop.
    ListMembership,
    /// A string built by `+=` in a loop.
    StringConcat,
    /// A slice (a copy) taken inside a loop.
    SliceInLoop,
    /// Re-sorting inside a loop.
    SortInLoop,
    /// Recursion without memoisation.
    UnmemoisedRecursion,
    /// `sum(x[i:j])` (or `max`, `min`) in a double loop.
    SumOfSlice,
    /// Prefix or running values recomputed instead of kept.
    RecomputedPrefix,
    /// Exceptions used for control flow.
    ExceptionControlFlow,
    /// `copy.deepcopy` of the input or of the state.
    DeepcopyInput,
    /// `list.index`, `count`, `max` or `min` over a whole list inside a loop.
    ScanInLoop,
    /// Big integers combined one at a time (a running product, digits
    /// appended to a growing number) where a balanced order is far cheaper.
    SequentialBigint,
    /// C++: `std::map`/`std::set` where a hash table or an array does.
    OrderedMap,
    /// C++: containers passed or copied by value on a hot path.
    CopyByValue,
    /// C++: `erase(begin())` or `insert(begin(), x)` on a vector in a loop.
    EraseFront,
    /// C++: floating `pow`/`sqrt` for integer arithmetic.
    PowForInteger,
    /// Memory: a whole DP table kept (one row per item, step or prefix)
    /// where a rolling row or two suffice.
    FullTable,
    /// Memory: a list (or a sorted copy) of every intermediate item built
    /// and then reduced, where a generator, a counter or a running value
    /// does.
    MaterialisedList,
    /// Memory: copies of the input made for no reason (`list(x)`, `x[:]`,
    /// a `sorted` copy, `copy.deepcopy`), kept alive while the work runs.
    InputCopy,
    /// Memory: every state memoised where the answer needs only the last
    /// few, or an `lru_cache` without bound over a large key space.
    MemoEverything,
}

impl SlipPattern {
    pub const ALL: [SlipPattern; 20] = [
        SlipPattern::PopFront,
        SlipPattern::ListMembership,
        SlipPattern::StringConcat,
        SlipPattern::SliceInLoop,
        SlipPattern::SortInLoop,
        SlipPattern::UnmemoisedRecursion,
        SlipPattern::SumOfSlice,
        SlipPattern::RecomputedPrefix,
        SlipPattern::ExceptionControlFlow,
        SlipPattern::DeepcopyInput,
        SlipPattern::ScanInLoop,
        SlipPattern::SequentialBigint,
        SlipPattern::OrderedMap,
        SlipPattern::CopyByValue,
        SlipPattern::EraseFront,
        SlipPattern::PowForInteger,
        SlipPattern::FullTable,
        SlipPattern::MaterialisedList,
        SlipPattern::InputCopy,
        SlipPattern::MemoEverything,
    ];

    pub fn name(self) -> &'static str {
        match self {
            SlipPattern::PopFront => "pop-front",
            SlipPattern::ListMembership => "list-membership",
            SlipPattern::StringConcat => "string-concat",
            SlipPattern::SliceInLoop => "slice-in-loop",
            SlipPattern::SortInLoop => "sort-in-loop",
            SlipPattern::UnmemoisedRecursion => "unmemoised-recursion",
            SlipPattern::SumOfSlice => "sum-of-slice",
            SlipPattern::RecomputedPrefix => "recomputed-prefix",
            SlipPattern::ExceptionControlFlow => "exception-control-flow",
            SlipPattern::DeepcopyInput => "deepcopy-input",
            SlipPattern::ScanInLoop => "scan-in-loop",
            SlipPattern::SequentialBigint => "sequential-bigint",
            SlipPattern::OrderedMap => "ordered-map",
            SlipPattern::CopyByValue => "copy-by-value",
            SlipPattern::EraseFront => "erase-front",
            SlipPattern::PowForInteger => "pow-for-integer",
            SlipPattern::FullTable => "full-table",
            SlipPattern::MaterialisedList => "materialised-list",
            SlipPattern::InputCopy => "input-copy",
            SlipPattern::MemoEverything => "memo-everything",
        }
    }
}

/// One `[[alternatives]]` table, checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Described {
    pub kind: AlternativeKind,
    pub slows: Slows,
    /// Set exactly when `kind` is `slip`.
    pub pattern: Option<SlipPattern>,
}

/// Reads the `[[alternatives]]` tables: one per file of `alternatives/`
/// (`files`: their names without `.py`, `None` without the folder), in the
/// order written.
pub(super) fn parse(
    top: &Table<'_>,
    files: Option<&[String]>,
) -> Result<Vec<(String, Described)>, ProblemsError> {
    if top.get("alternatives").is_none() {
        return Ok(Vec::new());
    }
    let mut described: Vec<(String, Described)> = Vec::new();
    for (i, node) in top.array("alternatives")?.iter().enumerate() {
        let field = format!("alternatives[{i}]");
        let Node::Table(entries) = node.get_ref() else {
            return Err(top.cx.error(
                Some(top.cx.line(node.span().start)),
                &field,
                format!("expected a table, found {}", node.get_ref().kind()),
            ));
        };
        let one = Table {
            cx: top.cx,
            prefix: format!("{field}."),
            entries,
            line: Some(top.cx.line(node.span().start)),
        };
        one.refuse_unknown(&["name", "kind", "slows", "pattern"])?;
        let name = one.string("name")?;
        one.label("name", &name)?;
        if files.is_some_and(|files| !files.contains(&name)) {
            return Err(one.err_at(
                "name",
                format!("describes alternatives/{name}, which has no file"),
            ));
        }
        if described.iter().any(|(n, _)| *n == name) {
            return Err(one.err_at("name", format!("`{name}` is described twice")));
        }
        described.push((name, one_alternative(&one)?));
    }
    Ok(described)
}

fn one_alternative(table: &Table<'_>) -> Result<Described, ProblemsError> {
    let kind = table.string("kind")?;
    let Some(&kind) = AlternativeKind::ALL.iter().find(|k| k.name() == kind) else {
        return Err(table.err_at(
            "kind",
            format!("expected `textbook` or `slip`, found `{kind}`"),
        ));
    };
    let slows = table.string("slows")?;
    let Some(&slows) = Slows::ALL.iter().find(|s| s.name() == slows) else {
        return Err(table.err_at(
            "slows",
            format!("expected `complexity`, `constant` or `memory`, found `{slows}`"),
        ));
    };
    let pattern = match (kind, table.get("pattern")) {
        (AlternativeKind::Textbook, None) => None,
        (AlternativeKind::Textbook, Some(_)) => {
            return Err(table.err_at(
                "pattern",
                "only a `slip` names a pattern (this one is `textbook`)".into(),
            ))
        }
        (AlternativeKind::Slip, None) => {
            return Err(table.err_at(
                "pattern",
                format!(
                    "missing (a slip names its pattern: one of {})",
                    pattern_names()
                ),
            ))
        }
        (AlternativeKind::Slip, Some(_)) => {
            let name = table.string("pattern")?;
            let known = SlipPattern::ALL.iter().find(|p| p.name() == name);
            Some(*known.ok_or_else(|| {
                table.err_at(
                    "pattern",
                    format!("expected one of {}, found `{name}`", pattern_names()),
                )
            })?)
        }
    };
    Ok(Described {
        kind,
        slows,
        pattern,
    })
}

fn pattern_names() -> String {
    let names: Vec<&str> = SlipPattern::ALL.iter().map(|p| p.name()).collect();
    names.join(", ")
}
