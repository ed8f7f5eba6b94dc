//! One renderer per output format behind one trait (the layout of
//! hyperfine's `export` module): each takes the results files and returns
//! the whole document as a string.

mod html;
mod json;
mod markdown;
mod svg;

pub use html::HtmlRenderer;
pub use json::{JsonRenderer, LEADERBOARD_VERSION};
pub(crate) use markdown::escape as markdown_escape;
pub use markdown::MarkdownRenderer;

use crate::schema::ResultsFile;
use crate::ReportsError;
use std::fmt;
use std::str::FromStr;

/// Renders results files as one document. Several files make one
/// leaderboard: their models are concatenated, and a warning is rendered
/// where their harness settings differ.
pub trait Renderer {
    /// The whole document.
    fn render(&self, results: &[ResultsFile]) -> Result<String, ReportsError>;
}

/// The output formats, by the name the command line uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// GitHub-flavoured Markdown ([`MarkdownRenderer`]).
    #[default]
    Markdown,
    /// A self-contained HTML page ([`HtmlRenderer`]).
    Html,
    /// The leaderboard as JSON ([`JsonRenderer`]).
    Json,
}

impl Format {
    /// Every format, in the order help texts list them.
    pub const ALL: [Format; 3] = [Format::Markdown, Format::Html, Format::Json];

    /// `markdown`, `html` or `json`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Json => "json",
        }
    }

    /// The renderer of this format.
    pub fn renderer(self) -> Box<dyn Renderer> {
        match self {
            Format::Markdown => Box::new(MarkdownRenderer),
            Format::Html => Box::new(HtmlRenderer),
            Format::Json => Box::new(JsonRenderer),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "markdown" | "md" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            "json" => Ok(Format::Json),
            _ => Err(format!(
                "unknown format {s:?} (expected markdown, html or json)"
            )),
        }
    }
}
