//! Shared by the benchmarks.
#![allow(dead_code, unused_imports)] // each benchmark uses part of it

mod article;
pub mod lsp;

pub use article::{article, middle_of_a_paragraph};
