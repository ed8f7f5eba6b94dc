//! A secret mixed into every case seed, for held-out runs: with a salt
//! nobody outside knows, the inputs a candidate is scored on cannot be
//! generated ahead of time (and so cannot be memorised or special-cased).
//!
//! The salt itself is never printed, written or used as a file name: only
//! [`Salt::sha256_hex`] leaves this type (the results file records it, and
//! the cache and journal are keyed by it). The one place a salt is written
//! is the installation's own, [`Salt::installation`]: 32 random bytes from
//! the operating system, in hex, made once in the cache folder with mode
//! 0600, so that every held-out run of this installation draws the same
//! inputs and nobody else can draw them.

use crate::ProblemsError;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The domain of the seed derivation: a salted seed can never equal an
/// unsalted one by construction of its input.
const SEED_DOMAIN: &str = "effgauge/salted-case-seed/v1";

/// The file, in the cache folder ([`effgauge_sandboxes::cache_root`]), that
/// holds this installation's salt.
pub const INSTALLATION_SALT_FILE: &str = "installation-salt";

/// Random bytes in an installation salt.
const INSTALLATION_SALT_BYTES: usize = 32;

/// A secret salt. Its `Debug` shows only a prefix of its hash.
#[derive(Clone, PartialEq, Eq)]
pub struct Salt {
    secret: String,
    sha256: String,
}

impl Salt {
    /// A salt; `None` when `secret` is empty (an empty secret hides nothing).
    pub fn new(secret: &str) -> Option<Salt> {
        if secret.is_empty() {
            return None;
        }
        Some(Salt {
            secret: secret.to_owned(),
            sha256: hex::encode(Sha256::digest(secret.as_bytes())),
        })
    }

    /// SHA-256 of the secret's UTF-8 bytes, in hex: what the results file
    /// records (check it with `printf %s "$SALT" | sha256sum`).
    pub fn sha256_hex(&self) -> &str {
        &self.sha256
    }

    /// A key of 32 bytes for `domain`, derived from the secret (never its
    /// published hash): SHA-256 of the domain and the secret.
    pub fn derive_key(&self, domain: &str) -> [u8; 32] {
        let mut hasher = Sha256::new();
        hasher.update(domain.as_bytes());
        hasher.update(b"\n");
        hasher.update(self.secret.as_bytes());
        hasher.finalize().into()
    }

    /// Where this installation's salt is kept:
    /// `cache_root()/installation-salt`.
    pub fn installation_path() -> PathBuf {
        effgauge_sandboxes::cache_root().join(INSTALLATION_SALT_FILE)
    }

    /// This installation's salt (see [`Salt::installation_at`]), in
    /// [`Salt::installation_path`].
    pub fn installation() -> Result<Salt, ProblemsError> {
        Salt::installation_at(&Salt::installation_path())
    }

    /// The salt kept in `path`, made there on first use: 32 random bytes
    /// from the operating system as 64 lowercase hex digits and a newline,
    /// written to a temporary file of mode 0600 beside it, synced, and
    /// moved into place only if `path` still does not exist, so that two
    /// processes making it at once end up with one salt, and no reader
    /// ever sees half of one. The secret is the 64 hex digits (so
    /// `printf %s "$(cat FILE)" | sha256sum` gives the hash results record).
    /// A file that cannot be read or does not hold exactly that is an error
    /// naming it (never quoting it); it is never replaced, since every
    /// held-out result of the installation was drawn from it.
    pub fn installation_at(path: &Path) -> Result<Salt, ProblemsError> {
        match read_installation_salt(path) {
            Err(ReadError::Missing) => {}
            other => return other.map_err(|e| e.into_error(path)),
        }
        create_installation_salt(path)?;
        read_installation_salt(path).map_err(|e| e.into_error(path))
    }

    /// The salted seed of one case: the first 8 bytes, big-endian, of
    /// SHA-256 over the domain, the secret (length-prefixed) and
    /// `"{id}/{level}/{case}"`.
    pub(crate) fn case_seed(&self, id: &str, level: usize, case: usize) -> u64 {
        let mut hasher = Sha256::new();
        hasher.update(SEED_DOMAIN.as_bytes());
        hasher.update(b"\n");
        hasher.update((self.secret.len() as u64).to_be_bytes());
        hasher.update(self.secret.as_bytes());
        hasher.update(format!("{id}/{level}/{case}").as_bytes());
        let digest = hasher.finalize();
        u64::from_be_bytes(digest[..8].try_into().expect("8 bytes"))
    }
}

/// Why an installation salt file could not be used.
enum ReadError {
    Missing,
    Unreadable(std::io::Error),
    Malformed(&'static str),
}

impl ReadError {
    fn into_error(self, path: &Path) -> ProblemsError {
        let message = match self {
            ReadError::Missing => {
                "is missing right after it was made (a dangling symbolic link?)".to_owned()
            }
            ReadError::Unreadable(e) => format!("cannot be read: {e}"),
            ReadError::Malformed(what) => format!(
                "is not an installation salt ({what}; expected {} lowercase hex digits and a newline). \
                 Held-out results of this installation were drawn from it: restore it from a backup, \
                 or delete it to make a new salt (new held-out inputs, not comparable with earlier ones)",
                2 * INSTALLATION_SALT_BYTES
            ),
        };
        ProblemsError::InstallationSalt {
            path: path.to_path_buf(),
            message,
        }
    }
}

fn read_installation_salt(path: &Path) -> Result<Salt, ReadError> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(ReadError::Missing),
        Err(e) => return Err(ReadError::Unreadable(e)),
    };
    let digits = bytes.strip_suffix(b"\n").unwrap_or(&bytes);
    if digits.len() != 2 * INSTALLATION_SALT_BYTES {
        return Err(ReadError::Malformed(if digits.is_empty() {
            "it is empty"
        } else {
            "its length is wrong"
        }));
    }
    if !digits
        .iter()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
    {
        return Err(ReadError::Malformed(
            "it holds something other than lowercase hex digits",
        ));
    }
    let secret = std::str::from_utf8(digits).expect("ASCII hex digits");
    Ok(Salt::new(secret).expect("64 digits are not empty"))
}

/// Writes a new salt to `path` unless a file is there by then (another
/// process made it first: that one is kept).
fn create_installation_salt(path: &Path) -> Result<(), ProblemsError> {
    let fail = |message: String| ProblemsError::InstallationSalt {
        path: path.to_path_buf(),
        message,
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir)
        .map_err(|e| fail(format!("cannot create the folder {}: {e}", dir.display())))?;
    let mut bytes = [0u8; INSTALLATION_SALT_BYTES];
    getrandom::fill(&mut bytes).map_err(|e| {
        fail(format!(
            "the operating system gave no random bytes to make it: {e}"
        ))
    })?;
    let text = format!("{}\n", hex::encode(bytes));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".installation-salt.").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o600));
    }
    let mut tmp = builder
        .tempfile_in(dir)
        .map_err(|e| fail(format!("cannot create a file in {}: {e}", dir.display())))?;
    #[cfg(unix)]
    {
        // Exactly 0600, whatever the umask took away.
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))
            .map_err(|e| fail(format!("cannot make it private: {e}")))?;
    }
    tmp.write_all(text.as_bytes())
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| fail(format!("cannot write it: {e}")))?;
    match tmp.persist_noclobber(path) {
        Ok(_) => {
            // The new name is durable too.
            if let Ok(d) = std::fs::File::open(dir) {
                let _ = d.sync_all();
            }
            Ok(())
        }
        // Made meanwhile by another process: keep that one (the temporary
        // file is removed when `e.file` drops).
        Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(fail(format!("cannot create it: {}", e.error))),
    }
}

impl std::fmt::Debug for Salt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Salt(sha256 {}…)", &self.sha256[..12])
    }
}

#[cfg(test)]
mod tests {
    use super::{Salt, INSTALLATION_SALT_FILE};
    use crate::prepare::guest::case_seed;
    use crate::ProblemsError;
    use sha2::{Digest, Sha256};
    use std::path::Path;

    fn refused(path: &Path) -> String {
        match Salt::installation_at(path) {
            Err(e @ ProblemsError::InstallationSalt { .. }) => {
                assert!(e.is_setup());
                e.to_string()
            }
            other => panic!("expected an installation-salt error, got {other:?}"),
        }
    }

    #[test]
    fn the_installation_salt_is_made_once_private_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        // The cache folder need not exist yet.
        let path = dir.path().join("cache").join(INSTALLATION_SALT_FILE);
        let first = Salt::installation_at(&path).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.len(), 65, "64 hex digits and a newline");
        let digits = text.strip_suffix('\n').unwrap();
        assert!(digits
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
        // The secret is the digits: its hash is what results record.
        assert_eq!(
            first.sha256_hex(),
            hex::encode(Sha256::digest(digits.as_bytes()))
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{mode:o}");
        }
        // Reused, not remade.
        let again = Salt::installation_at(&path).unwrap();
        assert_eq!(again, first);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
        // No temporary file is left beside it.
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, [INSTALLATION_SALT_FILE]);
        // Another installation has another salt.
        let other =
            Salt::installation_at(&dir.path().join("other").join(INSTALLATION_SALT_FILE)).unwrap();
        assert_ne!(other, first);
    }

    #[test]
    fn processes_making_it_at_once_get_one_salt() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(INSTALLATION_SALT_FILE);
        let salts: Vec<Salt> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..8)
                .map(|_| s.spawn(|| Salt::installation_at(&path).unwrap()))
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert!(salts.iter().all(|s| *s == salts[0]));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_malformed_or_unreadable_salt_file_is_refused_by_name_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(INSTALLATION_SALT_FILE);
        let secretish = "zz".repeat(32);
        for (content, why) in [
            ("", "it is empty"),
            ("abc123\n", "its length is wrong"),
            (&*secretish, "other than lowercase hex digits"),
            (&*"AB".repeat(32), "other than lowercase hex digits"),
            (&*format!("{}\n\n", "ab".repeat(32)), "its length is wrong"),
        ] {
            std::fs::write(&path, content).unwrap();
            let message = refused(&path);
            assert!(
                message.starts_with(&format!("installation salt {}: ", path.display())),
                "{message}"
            );
            assert!(message.contains(why), "{message}");
            assert!(
                message.contains("delete it to make a new salt"),
                "{message}"
            );
            assert!(!message.contains(&secretish), "never quoted: {message}");
            // Never replaced.
            assert_eq!(std::fs::read_to_string(&path).unwrap(), content);
        }
        // Without a trailing newline it is fine (an editor may drop it).
        std::fs::write(&path, "0f".repeat(32)).unwrap();
        let salt = Salt::installation_at(&path).unwrap();
        assert_eq!(salt, Salt::new(&"0f".repeat(32)).unwrap());
        // A folder where the file should be cannot be read.
        std::fs::remove_file(&path).unwrap();
        std::fs::create_dir(&path).unwrap();
        let message = refused(&path);
        assert!(message.contains("cannot be read"), "{message}");
        assert!(message.contains(&path.display().to_string()), "{message}");
    }

    #[test]
    fn a_salt_file_that_cannot_be_made_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        // Its folder would have to be where a file is.
        let blocker = dir.path().join("cache");
        std::fs::write(&blocker, "").unwrap();
        let path = blocker.join(INSTALLATION_SALT_FILE);
        let message = refused(&path);
        assert!(message.contains(&path.display().to_string()), "{message}");
    }

    #[test]
    fn an_empty_salt_is_no_salt() {
        assert!(Salt::new("").is_none());
    }

    #[test]
    fn the_hash_is_plain_sha256_and_debug_hides_the_secret() {
        let salt = Salt::new("abc").unwrap();
        assert_eq!(
            salt.sha256_hex(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let shown = format!("{salt:?}");
        assert!(!shown.contains("abc"), "{shown}");
        assert!(shown.contains("ba7816bf8f01"), "{shown}");
    }

    #[test]
    fn salted_seeds_differ_from_unsalted_and_between_salts() {
        let (a, b) = (Salt::new("one").unwrap(), Salt::new("two").unwrap());
        let plain = case_seed(None, "p", 1, 2);
        let sa = case_seed(Some(&a), "p", 1, 2);
        assert_ne!(sa, plain);
        assert_ne!(sa, case_seed(Some(&b), "p", 1, 2));
        assert_eq!(sa, case_seed(Some(&a), "p", 1, 2));
        assert_ne!(sa, case_seed(Some(&a), "p", 2, 1));
        assert_ne!(sa, case_seed(Some(&a), "q", 1, 2));
    }
}
