//! A secret mixed into every case seed, for held-out runs: with a salt
//! nobody outside knows, the inputs a candidate is scored on cannot be
//! generated ahead of time (and so cannot be memorised or special-cased).
//!
//! The salt itself is never printed, written or used as a file name: only
//! [`Salt::sha256_hex`] leaves this type (the results file records it, and
//! the cache and journal are keyed by it).

use sha2::{Digest, Sha256};

/// The domain of the seed derivation: a salted seed can never equal an
/// unsalted one by construction of its input.
const SEED_DOMAIN: &str = "effgauge/salted-case-seed/v1";

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

impl std::fmt::Debug for Salt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Salt(sha256 {}…)", &self.sha256[..12])
    }
}

#[cfg(test)]
mod tests {
    use super::Salt;
    use crate::guest::case_seed;

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
