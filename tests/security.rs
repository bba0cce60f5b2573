//! The security promises, checked against the source and the lock file so that a
//! change breaking one fails the build: copydesk opens no network connection, runs
//! no program and loads no code; configuration is data.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_product_code_has_no_network_process_or_dynamic_loading_calls() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    assert!(files.len() > 20, "found only {} source files", files.len());
    let forbidden = [
        "std::net",
        "TcpStream",
        "UdpSocket",
        "TcpListener",
        "process::Command",
        "Command::new",
        "libc::system",
        "libc::exec",
        "dlopen",
        "libloading",
    ];
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for word in forbidden {
            assert!(
                !text.contains(word),
                "{} uses `{word}`: copydesk promises no network, no programs run, no code loaded",
                file.display()
            );
        }
    }
}

#[test]
fn no_dependency_can_reach_the_network() {
    let lock =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.lock")).unwrap();
    // mio is what tokio's `net` feature needs; the rest are HTTP and TLS clients.
    for name in [
        "mio",
        "reqwest",
        "hyper",
        "ureq",
        "curl",
        "isahc",
        "surf",
        "rustls",
        "native-tls",
        "openssl",
        "socket2",
    ] {
        assert!(
            !lock.contains(&format!("\nname = \"{name}\"\n")),
            "Cargo.lock has `{name}`, which can open network connections"
        );
    }
}
