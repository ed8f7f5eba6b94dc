//! `effgauge setup`: makes a machine ready to score, from the binary alone.
//!
//! The runtime's recipe (the build script and the two C files of the
//! metering module) is embedded in the binary, so an installed `effgauge`
//! (`cargo install`, a container image) can build the exact runtime it was
//! made for without a checkout: the files are written to a scratch folder
//! and the script run there; it caches its result where
//! [`Runtime::locate`] looks. Then the engine is made once, which
//! pre-initialises the interpreter and caches the compiled snapshot, so the
//! first `score` starts at once.

use crate::cli::SetupArgs;
use crate::exit::{Coded, SETUP_ERROR};
use anyhow::Context;
use effgauge_sandboxes::{recipe_files, recipe_key, Runtime, SandboxEngine};
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn run(args: SetupArgs) -> anyhow::Result<u8> {
    let runtime = match Runtime::locate(None) {
        Ok(runtime) => {
            eprintln!("runtime: cached at {}", runtime.dir.display());
            runtime
        }
        Err(_) => {
            let dir = build_runtime()?;
            Runtime::locate(Some(&dir))?
        }
    };
    if args.runtime_only {
        println!("{}", runtime.dir.display());
        return Ok(0);
    }
    let dir = runtime.dir.clone();
    let engine = SandboxEngine::with_cost_model(runtime, args.cost_model)?;
    let load = engine.module_load();
    eprintln!(
        "snapshot: {} ({:.1} s)",
        if load.from_cache {
            "cached"
        } else {
            "made and cached"
        },
        load.duration.as_secs_f64()
    );
    // C and C++ candidates are optional: say whether this machine can compile them.
    match effgauge_cc::Toolchain::locate() {
        Ok(toolchain) => eprintln!("C/C++ toolchain: found ({})", &toolchain.sha256[..12]),
        Err(e) => eprintln!("{e}"),
    }
    println!("{}", dir.display());
    Ok(0)
}

/// Writes the embedded recipe to a scratch folder and runs it; returns the
/// runtime folder the script prints last.
fn build_runtime() -> anyhow::Result<PathBuf> {
    let scratch = tempfile::tempdir().context("a scratch folder for the runtime's recipe")?;
    for (name, contents) in recipe_files() {
        let path = scratch.path().join(name);
        std::fs::write(&path, contents).with_context(|| format!("writing {}", path.display()))?;
    }
    eprintln!(
        "runtime: building recipe {} (a few minutes, once per machine)",
        recipe_key()
    );
    let script = scratch.path().join("build-python.sh");
    let output = Command::new("bash")
        .arg(&script)
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| {
            setup_error(format!(
                "cannot run bash, which the runtime's build script needs: {e}"
            ))
        })?;
    if !output.status.success() {
        return Err(setup_error(format!(
            "the runtime's build script failed ({}); its log is above",
            output.status
        )));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let dir = stdout.lines().last().unwrap_or_default().trim();
    Ok(Path::new(dir).to_path_buf())
}

fn setup_error(message: String) -> anyhow::Error {
    anyhow::Error::new(Coded {
        code: SETUP_ERROR,
        message,
    })
}
