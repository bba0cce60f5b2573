//! The command line through the real binary: exit codes, output formats, errors.

use assert_cmd::Command;
use predicates::prelude::*;
use std::io::Write;

fn copydesk() -> Command {
    Command::cargo_bin("copydesk").unwrap()
}

fn temp_file(name: &str, bytes: &[u8]) -> (tempdir::Dir, std::path::PathBuf) {
    let dir = tempdir::Dir::new();
    let path = dir.path.join(name);
    std::fs::File::create(&path)
        .unwrap()
        .write_all(bytes)
        .unwrap();
    (dir, path)
}

mod tempdir {
    /// A directory removed when dropped.
    pub struct Dir {
        pub path: std::path::PathBuf,
    }
    impl Dir {
        pub fn new() -> Dir {
            use std::sync::atomic::{AtomicUsize, Ordering};
            static N: AtomicUsize = AtomicUsize::new(0);
            let path = std::env::temp_dir().join(format!(
                "copydesk-test-{}-{}",
                std::process::id(),
                N.fetch_add(1, Ordering::SeqCst)
            ));
            std::fs::create_dir_all(&path).unwrap();
            Dir { path }
        }
    }
    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

#[test]
fn check_without_files_checks_the_bundled_example_and_fails_on_warnings() {
    copydesk()
        .args(["check", "--color", "never"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "examples/harbour-strike.md:3:24: warning[unattributed-claim]",
        ))
        .stdout(predicate::str::contains("^^^^"))
        .stderr(predicate::str::contains("bundled example"));
}

#[test]
fn fail_on_controls_the_exit_code() {
    copydesk()
        .args(["check", "--fail-on", "error"])
        .assert()
        .code(0);
    copydesk()
        .args(["check", "--fail-on", "never"])
        .assert()
        .code(0);
    copydesk()
        .args(["check", "--fail-on", "hint"])
        .assert()
        .code(1);
}

#[test]
fn clean_and_empty_files_exit_zero() {
    let (_d, clean) = temp_file(
        "clean.md",
        "# Title\n\nThe council met on Tuesday.\n".as_bytes(),
    );
    copydesk()
        .arg("check")
        .arg(&clean)
        .assert()
        .code(0)
        .stdout("");
    let (_e, empty) = temp_file("empty.txt", b"");
    copydesk().arg("check").arg(&empty).assert().code(0);
}

#[test]
fn json_output_has_ranges_in_utf16_and_chars() {
    let out = copydesk()
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let d = &v[0]["diagnostics"][0];
    assert_eq!(d["code"], "unattributed-claim");
    assert_eq!(d["severity"], "warning");
    assert_eq!(d["range"]["start"]["line"], 2);
    assert!(d["range"]["chars"][0].as_u64().unwrap() > 0);
    assert_eq!(d["fixes"][0]["edits"][0]["newText"], ", according to …");
}

#[test]
fn sarif_output_is_version_2_1_0_with_rules_and_results() {
    let out = copydesk()
        .args(["check", "--format", "sarif"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "copydesk");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), 8);
    assert_eq!(rules[5]["id"], "inconsistent-name");
    assert_eq!(rules[5]["defaultConfiguration"]["enabled"], false);
    assert_eq!(rules[6]["id"], "speculation");
    assert_eq!(rules[6]["defaultConfiguration"]["enabled"], false);
    assert_eq!(rules[7]["id"], "vague-quantity");
    assert_eq!(rules[7]["defaultConfiguration"]["enabled"], false);
    let r = &run["results"][0];
    assert_eq!(r["ruleId"], "unattributed-claim");
    assert_eq!(r["level"], "warning");
    assert_eq!(
        r["locations"][0]["physicalLocation"]["region"]["startLine"],
        3
    );
}

#[test]
fn invalid_utf8_is_an_error_naming_the_offset_and_lossy_reads_it() {
    let (_d, bad) = temp_file("bad.txt", b"Title\n\nExperts say \xff\xfe it is so.\n");
    copydesk()
        .arg("check")
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid UTF-8 at byte offset 19"));
    copydesk()
        .args(["check", "--lossy"])
        .arg(&bad)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("vague-source"));
}

#[test]
fn missing_files_are_errors_but_other_files_are_still_checked() {
    copydesk()
        .args([
            "check",
            "--color",
            "never",
            "no/such/file.md",
            "examples/council-budget.txt",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no/such/file.md: cannot read: no such file",
        ))
        .stdout(predicate::str::contains("examples/council-budget.txt:2:"));
    copydesk()
        .args(["check", "examples"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is a directory"));
}

#[test]
fn stdin_and_format_override() {
    copydesk()
        .args(["check", "--as", "markdown", "-"])
        .write_stdin("# T\n\nCritics argue the plan failed.\n")
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "<stdin>:3:1: warning[vague-source]",
        ));
}

#[test]
fn configuration_file_turns_rules_off_and_warns_on_bad_keys() {
    let (dir, article) = temp_file(
        "story.md",
        "# T\n\nCritics argue the plan failed.\n".as_bytes(),
    );
    std::fs::write(
        dir.path.join(".copydesk.toml"),
        "[rules.vague-source]\nenabled = false\n[rules.nonsense]\n",
    )
    .unwrap();
    copydesk()
        .arg("check")
        .arg(&article)
        .assert()
        .code(0)
        .stderr(predicate::str::contains("unknown rule `nonsense`"));
}

#[test]
fn a_configuration_file_with_bad_syntax_or_types_is_named_and_defaults_apply() {
    for (config, says) in [
        ("[rules.vague-source\nenabled = false\n", ".copydesk.toml"),
        ("debounceMs = \"soon\"\n", "debounceMs"),
        ("[rules.vague-source]\nenabled = \"no\"\n", "enabled"),
        (
            "[rules.vague-source]\nseverity = \"catastrophic\"\n",
            "catastrophic",
        ),
    ] {
        let (dir, article) = temp_file(
            "story.md",
            "# T\n\nCritics argue the plan failed.\n".as_bytes(),
        );
        std::fs::write(dir.path.join(".copydesk.toml"), config).unwrap();
        copydesk()
            .arg("check")
            .arg(&article)
            .assert()
            .code(1)
            .stdout(predicate::str::contains("vague-source"))
            .stderr(predicate::str::contains(says));
    }
}

#[test]
fn outline_prints_the_section_tree() {
    copydesk()
        .args(["outline", "examples/harbour-strike.md"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Portmere Dockers Strike as Talks With Harbour Board Collapse  (line 1, level 1)\n  What the strike means for shipping"));
}

#[test]
fn analyze_prints_the_model() {
    let out = copydesk()
        .args(["analyze", "--format", "json", "examples/council-budget.txt"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["format"], "plaintext");
    assert_eq!(v["sections"][0]["level"], 1);
    assert_eq!(
        v["sections"][0]["children"][0]["title"],
        "‘Rents Are the Real Crisis’"
    );
    let statuses: Vec<&str> = v["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["status"].as_str().unwrap())
        .collect();
    assert!(
        statuses.contains(&"attributed")
            && statuses.contains(&"unattributed-claim")
            && statuses.contains(&"not-a-claim")
    );
}

#[test]
fn usage_errors_exit_two() {
    copydesk()
        .args(["check", "--format", "xml"])
        .assert()
        .code(2);
    copydesk().args(["frobnicate"]).assert().code(2);
}

#[test]
fn entities_prints_the_index_as_a_table() {
    copydesk()
        .args(["entities", "examples/harbour-strike.md"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("NAME "))
        .stdout(predicate::str::contains("Tomas Lindqvist"))
        .stdout(predicate::str::contains(
            "general secretary of the Harbour Workers Union",
        ))
        .stdout(
            predicate::str::is_match("Harbour Workers Union +organization +3 +7 +HWU").unwrap(),
        );
}

#[test]
fn the_entity_dictionary_beside_the_article_overrides_the_tagger() {
    let (dir, article) = temp_file(
        "ferry.md",
        "# Ferry Cuts\n\nMara Lindqvist, who runs Kestrel, said fares would rise.\n\nLindqvist added that Kestrel would seek a subsidy.\n".as_bytes(),
    );
    copydesk()
        .arg("entities")
        .arg(&article)
        .assert()
        .success()
        .stdout(predicate::str::is_match("Kestrel +person").unwrap());
    std::fs::write(
        dir.path.join(".copydesk-entities.toml"),
        "not-entities = [\"Lindqvist\"]\n\n[[entity]]\nname = \"Kestrel Ferries\"\nkind = \"organization\"\naliases = [\"Kestrel\"]\ndescription = \"the island's ferry operator\"\n",
    )
    .unwrap();
    copydesk()
        .arg("entities")
        .arg(&article)
        .assert()
        .success()
        .stdout(
            predicate::str::is_match(
                "Kestrel Ferries +organization +2 +3 +Kestrel +the island's ferry operator",
            )
            .unwrap(),
        )
        .stdout(predicate::str::is_match("Mara Lindqvist +person +1 ").unwrap());

    // A configured dictionary that is missing is a warning; checking goes on.
    std::fs::write(
        dir.path.join(".copydesk.toml"),
        "[entities]\ndictionary = \"names/missing.toml\"\n",
    )
    .unwrap();
    copydesk()
        .arg("entities")
        .arg(&article)
        .assert()
        .success()
        .stdout(predicate::str::is_match("Kestrel +person").unwrap())
        .stderr(predicate::str::contains(
            "missing.toml: cannot read the entity dictionary",
        ));
}
