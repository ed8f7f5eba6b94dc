//! The two languages the compiler takes. A C++ candidate's file is
//! compiled as C++17 with the adapter appended ([`crate::glue::adapter`]);
//! a C candidate's as C17, with its entry point's declaration appended (so
//! that a definition of another type is a compile error, not a call with
//! the wrong arguments), and the adapter that calls it lives in the glue's
//! own C++ unit ([`crate::c_abi`]). Everything else is shared: the gate,
//! the jail, the object checks, the link and the module checks.

/// A candidate's source language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dialect {
    C,
    Cpp,
}

impl Dialect {
    /// As messages name it.
    pub fn name(self) -> &'static str {
        match self {
            Dialect::C => "C",
            Dialect::Cpp => "C++",
        }
    }

    /// The source file's extension.
    pub fn extension(self) -> &'static str {
        match self {
            Dialect::C => "c",
            Dialect::Cpp => "cpp",
        }
    }

    /// The language standard the candidate's file is compiled to.
    pub fn standard(self) -> &'static str {
        match self {
            Dialect::C => "-std=c17",
            Dialect::Cpp => "-std=c++17",
        }
    }

    /// Tells clang's C++ driver the candidate's file is C.
    pub(crate) fn language_flags(self) -> &'static [&'static str] {
        match self {
            Dialect::C => &["-x", "c"],
            Dialect::Cpp => &[],
        }
    }
}
