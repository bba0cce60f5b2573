//! The fuzz targets' bodies, shared with `tests/fuzz_regressions.rs`, which replays
//! every saved input under `fuzz/regressions/` through the same checks.

pub mod targets;
