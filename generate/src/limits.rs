//! What generation reads from outside, bounded: a server's response and a
//! samples file (a resumed run reads the one it finds), each checked before
//! it is held in memory.

/// A response body is at most 64 MiB, checked against `Content-Length`
/// before it is read and counted as it arrives (a server may send no
/// length, or the wrong one). 64 answers of [`MAX_ANSWER_BYTES`] fit.
/// A larger one is refused, and a request for several samples is then asked
/// for one sample at a time.
pub const MAX_RESPONSE_BYTES: u64 = 64 << 20;

/// One answer (a choice's text) is at most 1 MiB, about 250 000 tokens:
/// twice the longest output any model offers today (128 000 tokens). A
/// response with a longer one is not a completion (and is asked again).
pub const MAX_ANSWER_BYTES: usize = 1 << 20;

/// A line of a samples file is at most 16 MiB: a line holds an answer and
/// the program made from it (each at most [`MAX_ANSWER_BYTES`] and the
/// prompt), which JSON may escape to six bytes a byte, and the settings.
/// Resuming reads the file line by line, never more than this at once.
pub const MAX_SAMPLE_LINE_BYTES: u64 = 16 << 20;

/// A template file is at most 1 MiB (the defaults are under 1 KiB); it is
/// sent with every request.
pub const MAX_TEMPLATE_BYTES: u64 = 1 << 20;
