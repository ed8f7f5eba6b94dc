//! The manual quotes the default templates (docs/generate.md, "The default
//! templates"); they must be the ones in use.

use effgauge_generate::{DEFAULT_CHAT, DEFAULT_CHAT_CPP, DEFAULT_COMPLETIONS};

#[test]
fn the_manual_shows_the_default_templates_as_they_are() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/generate.md");
    let chapter = std::fs::read_to_string(path).unwrap();
    for template in [DEFAULT_CHAT, DEFAULT_CHAT_CPP, DEFAULT_COMPLETIONS] {
        assert!(
            chapter.contains(template.trim_end()),
            "docs/generate.md does not quote this default template:\n{template}"
        );
    }
}
