//! Configuration for the server: editor settings (section `copydesk`, from
//! `initializationOptions`, `workspace/configuration` or `didChangeConfiguration`)
//! merged over the `.copydesk.toml` nearest the document.

use crate::config::Config;
use serde_json::Value;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// What the server knows about configuration.
#[derive(Default)]
pub struct Settings {
    /// The editor's settings for the `copydesk` section.
    pub editor: Value,
    /// The workspace root, which bounds the search for `.copydesk.toml`.
    pub root: Option<PathBuf>,
    /// Warnings already shown, so each is shown once.
    shown: HashSet<String>,
}

impl Settings {
    /// The configuration for a document at `path` (None for unsaved documents), and
    /// the warnings not yet shown to the user.
    pub fn config_for(&mut self, path: Option<&Path>) -> (Config, Vec<String>) {
        let mut config = Config::default();
        let mut warnings = Vec::new();
        let file = path.and_then(|p| Config::find_file(p, self.root.as_deref()));
        if let Some(file) = file {
            match std::fs::read_to_string(&file) {
                Ok(text) => warnings.extend(
                    config
                        .merge_toml(&text)
                        .into_iter()
                        .map(|w| format!("{}: {w}", file.display())),
                ),
                Err(e) => warnings.push(format!("{}: cannot read: {e}", file.display())),
            }
            if let Some(dir) = file.parent() {
                config.resolve_paths(dir);
            }
        }
        warnings.extend(
            config
                .merge_json(&self.editor)
                .into_iter()
                .map(|w| format!("copydesk settings: {w}")),
        );
        // Paths in editor settings are relative to the workspace.
        if let Some(base) = self.root.as_deref().or(path.and_then(Path::parent)) {
            config.resolve_paths(base);
        }
        warnings.extend(config.load_dictionary(path, self.root.as_deref()));
        let fresh = warnings
            .into_iter()
            .filter(|w| self.shown.insert(w.clone()))
            .collect();
        (config, fresh)
    }

    /// Takes the `copydesk` section out of a settings value, which clients send either
    /// whole (`{"copydesk": {…}}`) or as the section itself.
    /// Returns false when the value holds nothing for copydesk.
    pub fn set_editor(&mut self, value: &Value) -> bool {
        let ours = |v: &Value| {
            ["debounceMs", "rules", "attribution", "entities"]
                .iter()
                .any(|k| v.get(k).is_some())
        };
        match value.get("copydesk") {
            Some(section) => self.editor = section.clone(),
            None if ours(value) => self.editor = value.clone(),
            None => return false,
        }
        true
    }
}
