//! Reading articles for the command line: files, standard input and the bundled
//! example, with clear errors for what cannot be read.

use crate::article::Format;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The example article built into the binary, checked when no file is given.
pub const EXAMPLE_NAME: &str = "examples/harbour-strike.md";
/// Its text.
pub const EXAMPLE_TEXT: &str = include_str!("../../examples/harbour-strike.md");

/// An article read for checking.
pub struct Input {
    /// The name to show in output.
    pub name: String,
    /// Its path on disk, for finding configuration (`None` for the example).
    pub path: Option<PathBuf>,
    /// Its text.
    pub text: String,
    /// Its format.
    pub format: Format,
}

/// Reads `name` (`-` is standard input). Invalid UTF-8 is an error naming the byte
/// offset, unless `lossy` replaces it with U+FFFD.
pub fn read(name: &str, lossy: bool, format: Option<Format>) -> Result<Input, String> {
    let (bytes, path) = if name == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("<stdin>: cannot read: {e}"))?;
        (bytes, None)
    } else {
        let path = Path::new(name);
        if path.is_dir() {
            return Err(format!(
                "{name}: is a directory (give the article files inside it)"
            ));
        }
        let bytes =
            std::fs::read(path).map_err(|e| format!("{name}: cannot read: {}", describe(&e)))?;
        (bytes, Some(path.to_path_buf()))
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) if lossy => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            return Err(format!(
                "{name}: invalid UTF-8 at byte offset {at} (pass --lossy to replace invalid bytes)"
            ));
        }
    };
    let format =
        format.unwrap_or_else(|| path.as_deref().map_or(Format::PlainText, Format::from_path));
    let display = if name == "-" {
        "<stdin>".to_owned()
    } else {
        name.to_owned()
    };
    Ok(Input {
        name: display,
        path,
        text,
        format,
    })
}

/// The bundled example article.
pub fn example() -> Input {
    Input {
        name: EXAMPLE_NAME.to_owned(),
        path: None,
        text: EXAMPLE_TEXT.to_owned(),
        format: Format::Markdown,
    }
}

fn describe(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    }
}
