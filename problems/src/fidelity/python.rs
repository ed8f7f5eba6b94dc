//! The host's CPython 3.11, which the native side times with.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The CPython to time with: `explicit` if given, else Debian's
/// `/usr/bin/python3.11`, else `python3.11` on the `PATH`. Returns it with
/// its version, or says how to install it.
pub fn find_python(explicit: Option<&Path>) -> Result<(PathBuf, String), String> {
    let candidates: Vec<PathBuf> = match explicit {
        Some(p) => vec![p.to_path_buf()],
        None => vec!["/usr/bin/python3.11".into(), "python3.11".into()],
    };
    for python in candidates {
        let Ok(out) = Command::new(&python)
            .args(["-c", "import sys; print(sys.version.split()[0])"])
            .output()
        else {
            continue;
        };
        if !out.status.success() {
            continue;
        }
        let version = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        if !version.starts_with("3.11.") {
            return Err(format!(
                "{} is CPython {version}; the fidelity benchmark needs CPython 3.11 (the sandbox's version)",
                python.display()
            ));
        }
        return Ok((python, version));
    }
    Err(match explicit {
        Some(p) => format!("{} does not run", p.display()),
        None => {
            "python3.11 not found: the fidelity benchmark times solutions with the host's \
                 CPython 3.11; install it (`apt-get install python3.11` on Debian) or pass --python"
                .into()
        }
    })
}
