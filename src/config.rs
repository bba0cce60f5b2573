//! Configuration: per-rule switches and severities, extra attribution cues and
//! scheduling, read from `.copydesk.toml` and from editor settings.
//!
//! Reading never fails as a whole: an unknown key or a bad value is reported as a
//! warning naming it, and the rest still applies.

use crate::analysis::{Rule, Severity};
use crate::dictionary::{self, Dictionary};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The name of the project configuration file.
pub const FILE_NAME: &str = ".copydesk.toml";

/// Settings for one rule.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct RuleConfig {
    /// `Some(false)` turns the rule off.
    pub enabled: Option<bool>,
    /// Overrides the rule's default severity.
    pub severity: Option<Severity>,
}

/// The whole configuration.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Config {
    /// How long the server waits after a keystroke before analysing, in milliseconds.
    pub debounce_ms: Option<u64>,
    /// Per-rule settings, by rule.
    pub rules: BTreeMap<Rule, RuleConfig>,
    /// Extra cue words or phrases ("briefed", "as disclosed by").
    pub extra_cues: Vec<String>,
    /// Sources the newsroom trusts; never reported as vague or anonymous.
    pub trusted_sources: Vec<String>,
    /// `entities.dictionary`: where the entity dictionary is, as configured
    /// (relative paths are resolved by [`Config::resolve_paths`]).
    pub dictionary_path: Option<PathBuf>,
    /// The entity dictionary in force (see [`Config::load_dictionary`]).
    pub dictionary: Arc<Dictionary>,
}

impl Config {
    /// Whether `rule` is on.
    pub fn enabled(&self, rule: Rule) -> bool {
        self.rules
            .get(&rule)
            .and_then(|r| r.enabled)
            .unwrap_or(rule.default_enabled())
    }

    /// The severity `rule` reports with.
    pub fn severity(&self, rule: Rule) -> Severity {
        self.rules
            .get(&rule)
            .and_then(|r| r.severity)
            .unwrap_or(rule.default_severity())
    }

    /// Debounce in milliseconds (default 150).
    pub fn debounce(&self) -> u64 {
        self.debounce_ms.unwrap_or(150)
    }

    /// Reads settings from a JSON value shaped like `{"debounceMs": 0, "rules": {…}}`
    /// over `self`; returns a warning for each key or value it could not use.
    pub fn merge_json(&mut self, value: &Value) -> Vec<String> {
        let mut warnings = Vec::new();
        let Some(map) = value.as_object() else {
            // Lua clients encode an empty table as `[]`.
            let empty = value.is_null() || value.as_array().is_some_and(Vec::is_empty);
            if !empty {
                warnings.push("copydesk settings must be an object".to_owned());
            }
            return warnings;
        };
        for (key, v) in map {
            match key.as_str() {
                "debounceMs" => match v.as_u64() {
                    Some(ms) if ms <= 10_000 => self.debounce_ms = Some(ms),
                    _ => warnings.push(format!(
                        "debounceMs must be a whole number of milliseconds up to 10000, not {v}"
                    )),
                },
                "rules" => self.merge_rules(v, &mut warnings),
                "attribution" => self.merge_attribution(v, &mut warnings),
                "entities" => self.merge_entities(v, &mut warnings),
                "trace" | "server" | "serverPath" | "path" => {} // read by the client
                other => warnings.push(format!("unknown setting `{other}`")),
            }
        }
        warnings
    }

    fn merge_rules(&mut self, v: &Value, warnings: &mut Vec<String>) {
        let Some(rules) = v.as_object() else {
            warnings.push("rules must be a table of rule ids".to_owned());
            return;
        };
        for (id, settings) in rules {
            let Some(rule) = Rule::from_id(id) else {
                let known = Rule::ALL.map(Rule::id).join(", ");
                warnings.push(format!("unknown rule `{id}` (known rules: {known})"));
                continue;
            };
            let entry = self.rules.entry(rule).or_default();
            let Some(settings) = settings.as_object() else {
                warnings.push(format!(
                    "rules.{id} must be a table with `enabled` and/or `severity`"
                ));
                continue;
            };
            for (key, value) in settings {
                match (key.as_str(), value) {
                    ("enabled", Value::Bool(b)) => entry.enabled = Some(*b),
                    ("severity", Value::String(s)) if Severity::parse(s).is_some() => entry.severity = Severity::parse(s),
                    ("enabled" | "severity", _) => {
                        warnings.push(format!("rules.{id}.{key} has an invalid value {value} (enabled: true|false; severity: error|warning|information|hint)"))
                    }
                    _ => warnings.push(format!("unknown setting `rules.{id}.{key}`")),
                }
            }
        }
    }

    fn merge_attribution(&mut self, v: &Value, warnings: &mut Vec<String>) {
        let Some(map) = v.as_object() else {
            warnings.push("attribution must be a table".to_owned());
            return;
        };
        for (key, value) in map {
            let list = value.as_array().map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(str::to_owned))
                    .collect::<Vec<_>>()
            });
            match (key.as_str(), list) {
                ("extraCues", Some(l)) => self.extra_cues.extend(l),
                ("trustedSources", Some(l)) => self.trusted_sources.extend(l),
                ("extraCues" | "trustedSources", None) => {
                    warnings.push(format!("attribution.{key} must be a list of strings"))
                }
                _ => warnings.push(format!("unknown setting `attribution.{key}`")),
            }
        }
    }

    fn merge_entities(&mut self, v: &Value, warnings: &mut Vec<String>) {
        let Some(map) = v.as_object() else {
            warnings.push("entities must be a table".to_owned());
            return;
        };
        for (key, value) in map {
            match (key.as_str(), value.as_str()) {
                // Editors send an unset path as "".
                ("dictionary", Some("")) => {}
                ("dictionary", Some(path)) => {
                    self.dictionary_path = Some(PathBuf::from(path.trim()))
                }
                ("dictionary", _) => {
                    warnings.push("entities.dictionary must be a path to a TOML file".to_owned())
                }
                _ => warnings.push(format!("unknown setting `entities.{key}`")),
            }
        }
    }

    /// Makes a relative `entities.dictionary` relative to `base` (the directory of
    /// the file that set it, or the workspace root for editor settings).
    pub fn resolve_paths(&mut self, base: &Path) {
        if let Some(p) = &self.dictionary_path
            && p.is_relative()
        {
            self.dictionary_path = Some(base.join(p));
        }
    }

    /// The dictionary file for a document at `document`: the configured one, else
    /// the nearest `.copydesk-entities.toml` above it (stopping at `root`).
    pub fn dictionary_file(&self, document: Option<&Path>, root: Option<&Path>) -> Option<PathBuf> {
        self.dictionary_path
            .clone()
            .or_else(|| find_upwards(document?, root, dictionary::FILE_NAME))
    }

    /// Loads the dictionary for a document at `document`, returning warnings for a
    /// file that is configured but missing, unreadable or partly invalid.
    pub fn load_dictionary(&mut self, document: Option<&Path>, root: Option<&Path>) -> Vec<String> {
        let Some(path) = self.dictionary_file(document, root) else {
            return Vec::new();
        };
        let (d, warnings) = dictionary::load(&path);
        self.dictionary = Arc::new(d);
        warnings
    }

    /// Reads a `.copydesk.toml` text over `self`.
    pub fn merge_toml(&mut self, text: &str) -> Vec<String> {
        match toml::from_str::<toml::Value>(text) {
            Ok(value) => match serde_json::to_value(value) {
                Ok(json) => self.merge_json(&json),
                Err(e) => vec![format!("{FILE_NAME}: {e}")],
            },
            Err(e) => vec![format!("{FILE_NAME} is not valid TOML: {}", e.message())],
        }
    }

    /// Finds `.copydesk.toml` from `start` (a file or directory) upwards, stopping at
    /// `root` when given.
    pub fn find_file(start: &Path, root: Option<&Path>) -> Option<PathBuf> {
        find_upwards(start, root, FILE_NAME)
    }
}

/// The nearest file called `name` in the folder of `start` (a file or directory)
/// or a folder above it, stopping at `root` when given.
pub fn find_upwards(start: &Path, root: Option<&Path>, name: &str) -> Option<PathBuf> {
    let mut dir = if start.is_dir() {
        Some(start)
    } else {
        start.parent()
    };
    while let Some(d) = dir {
        let candidate = d.join(name);
        if candidate.is_file() {
            return Some(candidate);
        }
        if root.is_some_and(|r| d == r) {
            break;
        }
        dir = d.parent();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn merges_rules_and_reports_each_bad_key() {
        let mut c = Config::default();
        let warnings = c.merge_json(&json!({
            "debounceMs": 0,
            "rules": {"vague-source": {"severity": "error"}, "hedged-report": {"enabled": false}, "nope": {}, "unattributed-quote": {"severity": "loud"}},
            "colour": true
        }));
        assert_eq!(c.debounce(), 0);
        assert_eq!(c.severity(Rule::VagueSource), Severity::Error);
        assert!(!c.enabled(Rule::HedgedReport));
        assert_eq!(c.severity(Rule::UnattributedQuote), Severity::Warning);
        assert_eq!(warnings.len(), 3, "{warnings:?}");
    }

    #[test]
    fn toml_errors_are_warnings() {
        let mut c = Config::default();
        assert_eq!(
            c.merge_toml("[rules.vague-source]\nenabled = false\n"),
            Vec::<String>::new()
        );
        assert!(!c.enabled(Rule::VagueSource));
        assert_eq!(c.merge_toml("rules = [").len(), 1);
    }
}
