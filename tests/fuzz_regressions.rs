//! Replays every input under `fuzz/regressions/TARGET/` through its fuzz target's
//! checks (the same code `cargo fuzz` runs), plus each bundled example, so a crash
//! found once by the fuzzer stays fixed. `scripts/fuzz.sh` explains how to add one.

#[path = "../fuzz/src/targets.rs"]
mod targets;

use std::path::Path;

type Target = fn(&[u8]);

const TARGETS: &[(&str, Target)] = &[
    ("parse", targets::parse),
    ("analyze", targets::analyze),
    ("edits", targets::edits),
    ("lsp_stream", targets::lsp_stream),
];

fn inputs(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<_> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().is_file())
        .map(|e| {
            let path = e.path();
            (path.display().to_string(), std::fs::read(&path).unwrap())
        })
        .collect();
    found.sort();
    found
}

#[test]
fn saved_fuzz_inputs_pass_their_targets() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut replayed = 0;
    for (name, target) in TARGETS {
        for (path, bytes) in inputs(&root.join(name)) {
            eprintln!("replaying {path}");
            target(&bytes);
            replayed += 1;
        }
    }
    eprintln!("replayed {replayed} saved inputs");
}

#[test]
fn examples_pass_every_target() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    for (path, bytes) in inputs(&examples) {
        for (name, target) in TARGETS {
            for format in [0u8, 1] {
                eprintln!("{name} on {path} (format byte {format})");
                let mut input = vec![format];
                input.extend_from_slice(&bytes);
                target(&input);
            }
        }
    }
}
