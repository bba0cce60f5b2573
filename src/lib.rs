//! copydesk: a language server and command-line checker for news articles.
//!
//! The crate is layered so that each layer depends only on the ones above it:
//!
//! - [`text`]: byte spans, the line index and rope buffer, position encodings.
//! - [`article`]: parsing Markdown or plain text into an [`article::Article`].
//! - [`config`] and [`dictionary`]: settings, and the newsroom's entity dictionary.
//! - [`analysis`]: attribution, claims and entities over the article, producing
//!   findings with rule ids.
//! - [`cli`]: the thin command-line front end that translate findings for a terminal or
//!   an editor.

pub mod analysis;
pub mod article;
pub mod cache;
pub mod cli;
pub mod config;
pub mod dictionary;
pub mod lsp;
pub mod text;
