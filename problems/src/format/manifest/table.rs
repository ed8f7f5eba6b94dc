//! The checking half of `problem.toml`: a table of spanned nodes with typed
//! getters that turn every mistake into an error naming the line and the
//! field's path.

use crate::format::toml_node::Node;
use crate::ProblemsError;
use std::ops::Range;
use std::path::Path;
use toml::Spanned;

pub(crate) struct Cx<'a> {
    pub(crate) problem: &'a str,
    pub(crate) path: &'a Path,
    pub(crate) text: &'a str,
}

impl Cx<'_> {
    pub(crate) fn line(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        1 + self.text.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
    }

    pub(crate) fn error(&self, line: Option<usize>, field: &str, message: String) -> ProblemsError {
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
pub(crate) struct Table<'a> {
    pub(crate) cx: &'a Cx<'a>,
    pub(crate) prefix: String,
    pub(crate) entries: &'a [(String, Spanned<Node>)],
    pub(crate) line: Option<usize>,
}

impl<'a> Table<'a> {
    pub(crate) fn get(&self, key: &str) -> Option<&'a Spanned<Node>> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub(crate) fn field(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    /// An error about `key`, at its line if present, else at the table's.
    pub(crate) fn err_at(&self, key: &str, message: String) -> ProblemsError {
        let line = self
            .get(key)
            .map(|v| self.cx.line(v.span().start))
            .or(self.line);
        self.cx.error(line, &self.field(key), message)
    }

    pub(crate) fn require(
        &self,
        key: &str,
        what: &str,
    ) -> Result<&'a Spanned<Node>, ProblemsError> {
        self.get(key).ok_or_else(|| {
            self.cx.error(
                self.line,
                &self.field(key),
                format!("missing (expected {what})"),
            )
        })
    }

    pub(crate) fn wrong(&self, key: &str, what: &str, found: &Spanned<Node>) -> ProblemsError {
        let span: Range<usize> = found.span();
        self.cx.error(
            Some(self.cx.line(span.start)),
            &self.field(key),
            format!("expected {what}, found {}", found.get_ref().kind()),
        )
    }

    pub(crate) fn string(&self, key: &str) -> Result<String, ProblemsError> {
        let node = self.require(key, "a string")?;
        match node.get_ref() {
            Node::Str(s) if !s.trim().is_empty() => Ok(s.clone()),
            Node::Str(_) => Err(self.err_at(key, "expected a non-empty string".into())),
            _ => Err(self.wrong(key, "a string", node)),
        }
    }

    /// Checks that the string at `key` is a name (see
    /// [`crate::limits::check_label`]).
    pub(crate) fn label(&self, key: &str, value: &str) -> Result<(), ProblemsError> {
        crate::limits::check_label(value).map_err(|m| self.err_at(key, m))
    }

    pub(crate) fn number(&self, key: &str) -> Result<f64, ProblemsError> {
        let node = self.require(key, "a number")?;
        match node.get_ref() {
            Node::Int(i) => Ok(*i as f64),
            Node::Float(f) => Ok(*f),
            _ => Err(self.wrong(key, "a number", node)),
        }
    }

    pub(crate) fn positive_int(&self, key: &str) -> Result<u64, ProblemsError> {
        let node = self.require(key, "a positive integer")?;
        match node.get_ref() {
            Node::Int(i) if *i > 0 => Ok(*i as u64),
            Node::Int(_) => Err(self.err_at(key, "expected a positive integer".into())),
            _ => Err(self.wrong(key, "a positive integer", node)),
        }
    }

    pub(crate) fn array(&self, key: &str) -> Result<&'a [Spanned<Node>], ProblemsError> {
        let node = self.require(key, "an array")?;
        match node.get_ref() {
            Node::Array(items) => Ok(items),
            _ => Err(self.wrong(key, "an array", node)),
        }
    }

    pub(crate) fn table(&self, key: &str) -> Result<Option<Table<'a>>, ProblemsError> {
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

    pub(crate) fn refuse_unknown(&self, known: &[&str]) -> Result<(), ProblemsError> {
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
