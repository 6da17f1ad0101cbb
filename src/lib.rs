//! eigentaal turns a municipality's case data into letters a resident can
//! read: typst templates, Fluent messages in the resident's language, ICU4X
//! dates and amounts, embedded fonts, accessible PDF.
//!
//! Dependencies run one way: `cli`, `server`, `batch` → `render` → `l10n`,
//! `templates`, `assets`.

pub mod assets;
pub mod batch;
pub mod check;
pub mod cli;
pub mod dates;
pub mod digest;
pub mod l10n;
pub mod records;
pub mod render;
pub mod server;
pub mod templates;
pub mod zgw;
