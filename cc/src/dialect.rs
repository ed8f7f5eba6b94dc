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

    /// Every flag the candidate's file is compiled with: [`crate::FLAGS`]
    /// with this dialect's standard; for C also `-x c` (the driver is
    /// clang's C++ one) and no trigraphs (C17 has them, C++17 not; the gate
    /// reads them anyway, so `??/` is never a line splice). For C++ it is
    /// [`crate::FLAGS`] itself.
    pub fn compile_flags(self) -> Vec<&'static str> {
        let mut flags: Vec<&'static str> = crate::FLAGS
            .iter()
            .map(|&flag| match flag {
                "-std=c++17" => self.standard(),
                other => other,
            })
            .collect();
        if self == Dialect::C {
            flags.extend(["-x", "c", "-fno-trigraphs"]);
        }
        flags
    }
}
