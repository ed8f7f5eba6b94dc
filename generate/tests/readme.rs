//! The README quotes the default templates; they must be the ones in use.

use effgauge_generate::{DEFAULT_CHAT, DEFAULT_COMPLETIONS};

#[test]
fn the_readme_shows_the_default_templates_as_they_are() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    for template in [DEFAULT_CHAT, DEFAULT_COMPLETIONS] {
        assert!(
            readme.contains(template.trim_end()),
            "README.md does not quote this default template:\n{template}"
        );
    }
}
