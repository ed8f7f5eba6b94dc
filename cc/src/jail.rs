//! The compiler's process: an empty working folder, no environment,
//! Landlock (the compiler can read the toolchain and nothing else, write
//! only its folder, open no network socket), resource limits, a wall-clock
//! deadline for its whole process group, and only the first bytes of its
//! diagnostics kept.

use crate::CcError;
use landlock::{
    path_beneath_rules, Access, AccessFs, AccessNet, CompatLevel, Compatible, Ruleset, RulesetAttr,
    RulesetCreatedAttr, RulesetStatus, Scope, ABI,
};
use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Caps on one compiler run.
#[derive(Debug, Clone, Copy)]
pub struct JailLimits {
    pub wall: Duration,
    pub cpu_seconds: u64,
    pub address_space_bytes: u64,
    pub file_bytes: u64,
}

impl Default for JailLimits {
    fn default() -> Self {
        JailLimits {
            wall: Duration::from_secs(60),
            cpu_seconds: 40,
            address_space_bytes: 2 << 30,
            file_bytes: 64 << 20,
        }
    }
}

/// How a jailed run ended.
#[derive(Debug)]
pub struct Ended {
    pub success: bool,
    /// Killed at the wall-clock deadline or by a resource limit.
    pub limit_hit: bool,
    /// The first [`KEPT_DIAGNOSTICS`] bytes of stderr.
    pub diagnostics: String,
    pub elapsed: Duration,
}

/// Diagnostics kept from the compiler.
pub const KEPT_DIAGNOSTICS: usize = 64 * 1024;

/// Runs `program args` in `workdir` (which it may write), reading only
/// `readable` besides.
pub fn run(
    program: &Path,
    args: &[String],
    workdir: &Path,
    readable: &[PathBuf],
    limits: JailLimits,
) -> Result<Ended, CcError> {
    let jail = ruleset(workdir, readable)?;
    let mut jail = Some(jail);
    let mut command = Command::new(program);
    command
        .args(args)
        .current_dir(workdir)
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("TMPDIR", workdir)
        // `__DATE__`, `__TIME__` and `__TIMESTAMP__` are fixed: a program
        // is the same on every machine and at every hour.
        .env("SOURCE_DATE_EPOCH", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .process_group(0);
    // SAFETY: between fork and exec the closure only makes system calls
    // (setrlimit, prctl, landlock_restrict_self) and allocates nothing on
    // the success path.
    unsafe {
        command.pre_exec(move || {
            set_limit(libc::RLIMIT_CPU, limits.cpu_seconds)?;
            set_limit(libc::RLIMIT_AS, limits.address_space_bytes)?;
            set_limit(libc::RLIMIT_FSIZE, limits.file_bytes)?;
            set_limit(libc::RLIMIT_CORE, 0)?;
            let status = jail
                .take()
                .ok_or_else(|| std::io::Error::other("jail used twice"))?
                .restrict_self()
                .map_err(|_| std::io::Error::other("landlock_restrict_self failed"))?;
            if status.ruleset == RulesetStatus::NotEnforced {
                return Err(std::io::Error::other("Landlock is not enforced"));
            }
            Ok(())
        });
    }
    let started = Instant::now();
    let mut child = command
        .spawn()
        .map_err(|e| CcError::Toolchain(format!("could not start {}: {e}", program.display())))?;
    let stderr = child.stderr.take().expect("piped");
    let reader = std::thread::spawn(move || keep_first(stderr, KEPT_DIAGNOSTICS));
    let mut limit_hit = false;
    let status = loop {
        if let Some(status) = child
            .try_wait()
            .map_err(|e| CcError::Toolchain(format!("waiting for the compiler: {e}")))?
        {
            break status;
        }
        if started.elapsed() > limits.wall {
            limit_hit = true;
            // The whole group: the driver's cc1 and linker children too.
            unsafe { libc::kill(-(child.id() as i32), libc::SIGKILL) };
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let diagnostics = reader.join().unwrap_or_default();
    use std::os::unix::process::ExitStatusExt;
    let signal = status.signal();
    // SIGXCPU and SIGXFSZ are the resource limits; SIGKILL the deadline
    // or the address-space cap (an allocation failing aborts clang).
    limit_hit |= matches!(signal, Some(libc::SIGXCPU | libc::SIGXFSZ | libc::SIGKILL));
    Ok(Ended {
        success: status.success(),
        limit_hit,
        diagnostics,
        elapsed: started.elapsed(),
    })
}

fn set_limit(resource: libc::__rlimit_resource_t, value: u64) -> std::io::Result<()> {
    let limit = libc::rlimit {
        rlim_cur: value,
        rlim_max: value,
    };
    // SAFETY: a plain system call on a stack value.
    if unsafe { libc::setrlimit(resource, &limit) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// The Landlock rules: read (and execute) `readable`, anything in
/// `workdir`; no TCP, no signals or abstract sockets outside the jail.
fn ruleset(workdir: &Path, readable: &[PathBuf]) -> Result<landlock::RulesetCreated, CcError> {
    let abi = ABI::V6;
    let fail = |e: landlock::RulesetError| CcError::Toolchain(format!("the compiler's jail: {e}"));
    Ruleset::default()
        .set_compatibility(CompatLevel::BestEffort)
        .handle_access(AccessFs::from_all(abi))
        .map_err(fail)?
        .handle_access(AccessNet::from_all(abi))
        .map_err(fail)?
        .scope(Scope::from_all(abi))
        .map_err(fail)?
        .create()
        .map_err(fail)?
        .add_rules(path_beneath_rules(readable, AccessFs::from_read(abi)))
        .map_err(fail)?
        .add_rules(path_beneath_rules([workdir], AccessFs::from_all(abi)))
        .map_err(fail)
}

fn keep_first(mut from: impl Read, cap: usize) -> String {
    let mut kept = Vec::new();
    let mut buffer = [0u8; 8192];
    while let Ok(n) = from.read(&mut buffer) {
        if n == 0 {
            break;
        }
        let room = cap.saturating_sub(kept.len());
        kept.extend_from_slice(&buffer[..n.min(room)]);
    }
    String::from_utf8_lossy(&kept).into_owned()
}
