//! `problem.toml`, read with a span on every value so that each mistake is
//! reported with its line and the path of its field (`levels[2].weight`).
//!
//! The file is first parsed into a tree of spanned nodes, then checked field
//! by field here: unknown keys are refused too, since a misspelt optional key
//! would otherwise silently be ignored.

use crate::compare::Compare;
use crate::problem::{Convention, Difficulty, Level, ProblemLimits, SizeRule};
use crate::toml_node::Node;
use crate::ProblemsError;
use std::ops::Range;
use std::path::Path;
use toml::Spanned;

/// What `problem.toml` says, checked.
#[derive(Debug)]
pub(crate) struct Manifest {
    pub id: String,
    pub title: String,
    pub entry_point: String,
    pub tags: Vec<String>,
    pub difficulty: Difficulty,
    pub alpha: Option<f64>,
    pub levels: Vec<Level>,
    pub convention: Convention,
    pub limits: ProblemLimits,
    pub compare: Compare,
}

/// Reads the manifest text of problem `problem` (the folder name); `sizes`
/// says whether every level must declare its `size`.
pub(crate) fn parse(
    problem: &str,
    path: &Path,
    text: &str,
    sizes: SizeRule,
) -> Result<Manifest, ProblemsError> {
    let cx = Cx {
        problem,
        path,
        text,
    };
    let root: Node = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| cx.line(s.start));
        cx.error(line, "", e.message().trim().to_owned())
    })?;
    let Node::Table(entries) = root else {
        return Err(cx.error(Some(1), "", "expected a table".into()));
    };
    let top = Table {
        cx: &cx,
        prefix: String::new(),
        entries: &entries,
        line: None,
    };
    top.refuse_unknown(&[
        "id",
        "title",
        "entry_point",
        "tags",
        "difficulty",
        "alpha",
        "levels",
        "generator",
        "limits",
        "compare",
    ])?;
    let id = top.string("id")?;
    if id != problem {
        return Err(top.err_at("id", format!("is `{id}` but the folder is `{problem}`")));
    }
    let title = top.string("title")?;
    let entry_point = top.string("entry_point")?;
    if !is_identifier(&entry_point) {
        return Err(top.err_at("entry_point", "expected a Python identifier".into()));
    }
    let tags = top
        .array("tags")?
        .iter()
        .enumerate()
        .map(|(i, t)| match t.get_ref() {
            Node::Str(s) if !s.is_empty() => Ok(s.clone()),
            other => Err(cx.error(
                Some(cx.line(t.span().start)),
                &format!("tags[{i}]"),
                format!("expected a non-empty string, found {}", other.kind()),
            )),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let difficulty = match top.string("difficulty")?.as_str() {
        "easy" => Difficulty::Easy,
        "medium" => Difficulty::Medium,
        "hard" => Difficulty::Hard,
        other => {
            return Err(top.err_at(
                "difficulty",
                format!("expected one of easy, medium, hard, found `{other}`"),
            ))
        }
    };
    let alpha = match top.get("alpha") {
        None => None,
        Some(_) => {
            let a = top.number("alpha")?;
            if !(a > 1.0 && a.is_finite()) {
                return Err(top.err_at("alpha", "expected a number greater than 1".into()));
            }
            Some(a)
        }
    };
    let compare = match top.get("compare") {
        None => Compare::default(),
        Some(_) => {
            let name = top.string("compare")?;
            Compare::parse(&name).ok_or_else(|| {
                top.err_at(
                    "compare",
                    format!("expected `equivalent` or `same-type-equal`, found `{name}`"),
                )
            })?
        }
    };
    let convention = match top.table("generator")? {
        None => Convention::LevelCaseRng,
        Some(generator) => {
            generator.refuse_unknown(&["convention"])?;
            match generator.get("convention") {
                None => Convention::LevelCaseRng,
                Some(_) => match generator.string("convention")?.as_str() {
                    "level-case-rng" => Convention::LevelCaseRng,
                    "size-level-case" => Convention::SizeLevelCase,
                    other => {
                        return Err(generator.err_at(
                            "convention",
                            format!(
                                "expected `level-case-rng` or `size-level-case`, found `{other}`"
                            ),
                        ))
                    }
                },
            }
        }
    };
    let limits = match top.table("limits")? {
        None => ProblemLimits::default(),
        Some(limits) => {
            limits.refuse_unknown(&["memory_mib"])?;
            let memory_mib = match limits.get("memory_mib") {
                None => None,
                Some(_) => Some(limits.positive_int("memory_mib")?),
            };
            ProblemLimits { memory_mib }
        }
    };
    let level_nodes = top.array("levels")?;
    if level_nodes.is_empty() {
        return Err(top.err_at("levels", "expected at least one [[levels]] table".into()));
    }
    let mut levels = Vec::new();
    for (i, node) in level_nodes.iter().enumerate() {
        let field = format!("levels[{i}]");
        let Node::Table(entries) = node.get_ref() else {
            return Err(cx.error(
                Some(cx.line(node.span().start)),
                &field,
                format!("expected a table, found {}", node.get_ref().kind()),
            ));
        };
        let level = Table {
            cx: &cx,
            prefix: format!("{field}."),
            entries,
            line: Some(cx.line(node.span().start)),
        };
        level.refuse_unknown(&["weight", "cases", "description", "size"])?;
        let weight = level.number("weight")?;
        if !(weight >= 0.0 && weight.is_finite()) {
            return Err(level.err_at("weight", "expected a number >= 0".into()));
        }
        let cases = level.positive_int("cases")? as usize;
        let description = level.string("description")?;
        let size = match level.get("size") {
            None if convention == Convention::SizeLevelCase => {
                return Err(level.err_at(
                    "size",
                    "required by the `size-level-case` generator convention".into(),
                ))
            }
            None if sizes == SizeRule::Required => {
                return Err(level.err_at(
                    "size",
                    "missing (expected the level's nominal input size, a positive integer: \
                     this suite's suite.toml requires one on every level)"
                        .into(),
                ))
            }
            None => None,
            Some(_) => Some(level.positive_int("size")?),
        };
        if sizes == SizeRule::Required && weight > 0.0 {
            check_growing_size(&level, &levels, size)?;
        }
        levels.push(Level {
            weight,
            cases,
            description,
            size,
        });
    }
    if levels.iter().all(|l| l.weight == 0.0) {
        return Err(top.err_at("levels", "at least one level needs a weight above 0".into()));
    }
    Ok(Manifest {
        id,
        title,
        entry_point,
        tags,
        difficulty,
        alpha,
        levels,
        convention,
        compare,
        limits,
    })
}

/// Growth exponents divide by the log of the size ratio of consecutive
/// weighted levels, so where sizes are required each weighted level must be
/// larger than the weighted level before it (level 0's corner cases may be
/// of any size).
fn check_growing_size(
    level: &Table<'_>,
    earlier: &[Level],
    size: Option<u64>,
) -> Result<(), ProblemsError> {
    let previous = earlier
        .iter()
        .enumerate()
        .rev()
        .find(|(_, l)| l.weight > 0.0)
        .and_then(|(i, l)| Some((i, l.size?)));
    match (previous, size) {
        (Some((i, before)), Some(size)) if size <= before => Err(level.err_at(
            "size",
            format!(
                "{size} is not larger than levels[{i}].size = {before} \
                 (weighted levels must grow in size)"
            ),
        )),
        _ => Ok(()),
    }
}

pub(crate) fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
}

struct Cx<'a> {
    problem: &'a str,
    path: &'a Path,
    text: &'a str,
}

impl Cx<'_> {
    fn line(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        1 + self.text.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
    }

    fn error(&self, line: Option<usize>, field: &str, message: String) -> ProblemsError {
        ProblemsError::Manifest {
            problem: self.problem.to_owned(),
            path: self.path.to_path_buf(),
            line,
            field: field.to_owned(),
            message,
        }
    }
}

/// A table being checked: `prefix` is its field path (`levels[2].`), `line`
/// where it starts (for fields missing from it).
struct Table<'a> {
    cx: &'a Cx<'a>,
    prefix: String,
    entries: &'a [(String, Spanned<Node>)],
    line: Option<usize>,
}

impl<'a> Table<'a> {
    fn get(&self, key: &str) -> Option<&'a Spanned<Node>> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn field(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    /// An error about `key`, at its line if present, else at the table's.
    fn err_at(&self, key: &str, message: String) -> ProblemsError {
        let line = self
            .get(key)
            .map(|v| self.cx.line(v.span().start))
            .or(self.line);
        self.cx.error(line, &self.field(key), message)
    }

    fn require(&self, key: &str, what: &str) -> Result<&'a Spanned<Node>, ProblemsError> {
        self.get(key).ok_or_else(|| {
            self.cx.error(
                self.line,
                &self.field(key),
                format!("missing (expected {what})"),
            )
        })
    }

    fn wrong(&self, key: &str, what: &str, found: &Spanned<Node>) -> ProblemsError {
        let span: Range<usize> = found.span();
        self.cx.error(
            Some(self.cx.line(span.start)),
            &self.field(key),
            format!("expected {what}, found {}", found.get_ref().kind()),
        )
    }

    fn string(&self, key: &str) -> Result<String, ProblemsError> {
        let node = self.require(key, "a string")?;
        match node.get_ref() {
            Node::Str(s) if !s.trim().is_empty() => Ok(s.clone()),
            Node::Str(_) => Err(self.err_at(key, "expected a non-empty string".into())),
            _ => Err(self.wrong(key, "a string", node)),
        }
    }

    fn number(&self, key: &str) -> Result<f64, ProblemsError> {
        let node = self.require(key, "a number")?;
        match node.get_ref() {
            Node::Int(i) => Ok(*i as f64),
            Node::Float(f) => Ok(*f),
            _ => Err(self.wrong(key, "a number", node)),
        }
    }

    fn positive_int(&self, key: &str) -> Result<u64, ProblemsError> {
        let node = self.require(key, "a positive integer")?;
        match node.get_ref() {
            Node::Int(i) if *i > 0 => Ok(*i as u64),
            Node::Int(_) => Err(self.err_at(key, "expected a positive integer".into())),
            _ => Err(self.wrong(key, "a positive integer", node)),
        }
    }

    fn array(&self, key: &str) -> Result<&'a [Spanned<Node>], ProblemsError> {
        let node = self.require(key, "an array")?;
        match node.get_ref() {
            Node::Array(items) => Ok(items),
            _ => Err(self.wrong(key, "an array", node)),
        }
    }

    fn table(&self, key: &str) -> Result<Option<Table<'a>>, ProblemsError> {
        match self.get(key) {
            None => Ok(None),
            Some(node) => match node.get_ref() {
                Node::Table(entries) => Ok(Some(Table {
                    cx: self.cx,
                    prefix: format!("{}{key}.", self.prefix),
                    entries,
                    line: Some(self.cx.line(node.span().start)),
                })),
                _ => Err(self.wrong(key, "a table", node)),
            },
        }
    }

    fn refuse_unknown(&self, known: &[&str]) -> Result<(), ProblemsError> {
        match self
            .entries
            .iter()
            .find(|(k, _)| !known.contains(&k.as_str()))
        {
            None => Ok(()),
            Some((key, _)) => Err(self.err_at(
                key,
                format!("unknown field (expected one of {})", known.join(", ")),
            )),
        }
    }
}
