//! `workspace/executeCommand`: the dictionary commands behind the entity code
//! actions. They write the entity dictionary file (atomically, keeping its layout),
//! only inside the workspace, and never touch the document.

use super::actions::{ADD_ENTITY, NOT_AN_ENTITY};
use super::convert::uri_to_path;
use super::settings::Settings;
use crate::dictionary::{self, Entry};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A dictionary change a command asks for.
#[derive(Debug)]
pub enum DictionaryEdit {
    /// Add or update an entity.
    Add(Entry),
    /// List a name as not an entity.
    NotAnEntity(String),
}

/// Reads a command and its argument (`{"uri": …, "name": …, …}`): the document it
/// came from and the change.
pub fn parse(command: &str, arguments: &[Value]) -> Result<(String, DictionaryEdit), String> {
    let arg = arguments
        .first()
        .and_then(Value::as_object)
        .ok_or_else(|| format!("{command} needs one object argument"))?;
    let text = |key: &str| arg.get(key).and_then(Value::as_str).map(str::to_owned);
    let uri = text("uri").ok_or_else(|| format!("{command} needs a `uri`"))?;
    let name = text("name")
        .filter(|n| !n.trim().is_empty())
        .ok_or_else(|| format!("{command} needs a `name`"))?;
    let edit = match command {
        ADD_ENTITY => {
            let kind = text("kind").unwrap_or_else(|| "other".to_owned());
            let kind = dictionary::parse_kind(&kind)
                .ok_or_else(|| format!("unknown entity kind `{kind}`"))?;
            let aliases = arg
                .get("aliases")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default();
            DictionaryEdit::Add(Entry {
                name,
                kind,
                aliases,
                description: text("description"),
            })
        }
        NOT_AN_ENTITY => DictionaryEdit::NotAnEntity(name),
        other => return Err(format!("unknown command `{other}`")),
    };
    Ok((uri, edit))
}

/// Where the dictionary for `uri` is written, checked to lie inside the workspace
/// (or, with no workspace, beside the document); also the configuration warnings
/// not yet shown, for the caller to show.
pub fn target(settings: &mut Settings, uri: &str) -> (Result<PathBuf, String>, Vec<String>) {
    let document = uri_to_path(uri);
    let (config, warnings) = settings.config_for(document.as_deref());
    let root = settings.root.as_deref();
    let bound = root
        .or_else(|| document.as_deref().and_then(Path::parent))
        .map(Path::to_path_buf)
        .ok_or_else(|| {
            "save the document, or open a folder, before adding to the entity dictionary".to_owned()
        });
    let path = bound.and_then(|bound| {
        let path = config
            .dictionary_file(document.as_deref(), root)
            .unwrap_or_else(|| bound.join(dictionary::FILE_NAME));
        dictionary::contained(&path, &bound)
    });
    (path, warnings)
}

/// Applies `edit` to the dictionary at `path`.
pub fn apply(path: &Path, edit: &DictionaryEdit) -> Result<(), String> {
    match edit {
        DictionaryEdit::Add(entry) => dictionary::add_entry(path, entry),
        DictionaryEdit::NotAnEntity(name) => dictionary::add_not_entity(path, name),
    }
}
