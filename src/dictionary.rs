//! The newsroom's entity dictionary: a TOML file of known names that overrides the
//! tagger, and of words that are not entities at all.
//!
//! ```toml
//! not-entities = ["Breaking News"]
//!
//! [[entity]]
//! name = "Vladimir Putin"
//! kind = "person"                 # person | organization | place | other
//! aliases = ["Putin"]
//! description = "President of Russia"
//! ```
//!
//! The file is found like `.copydesk.toml` (the nearest `.copydesk-entities.toml`
//! above the document) unless `entities.dictionary` names one. The language server
//! adds entries to it through a code action; [`add_entry`] and [`add_not_entity`]
//! edit it with `toml_edit`, keeping comments and layout, and replace it atomically.

use crate::analysis::EntityKind;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::hash::{Hash, Hasher};
use std::path::{Component, Path, PathBuf};
use std::sync::OnceLock;

/// The dictionary file's name when none is configured.
pub const FILE_NAME: &str = ".copydesk-entities.toml";

/// Largest dictionary file read (a newsroom's list of names is far smaller).
const MAX_FILE_BYTES: u64 = 16 << 20;

/// One known entity.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Entry {
    /// The canonical name hover shows.
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// Other names it goes by.
    pub aliases: Vec<String>,
    /// A description used when the article gives none.
    pub description: Option<String>,
}

/// A parsed dictionary with its name matcher.
#[derive(Default)]
pub struct Dictionary {
    /// Known entities.
    pub entries: Vec<Entry>,
    /// Capitalised words or phrases that are never entities.
    pub not_entities: Vec<String>,
    matcher: OnceLock<Option<(AhoCorasick, Vec<usize>)>>,
}

impl Clone for Dictionary {
    fn clone(&self) -> Self {
        Dictionary {
            entries: self.entries.clone(),
            not_entities: self.not_entities.clone(),
            matcher: OnceLock::new(),
        }
    }
}

impl std::fmt::Debug for Dictionary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dictionary")
            .field("entries", &self.entries)
            .field("not_entities", &self.not_entities)
            .finish()
    }
}

impl PartialEq for Dictionary {
    fn eq(&self, other: &Self) -> bool {
        self.entries == other.entries && self.not_entities == other.not_entities
    }
}

impl Eq for Dictionary {}

impl Hash for Dictionary {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.entries.hash(state);
        self.not_entities.hash(state);
    }
}

/// A name of a dictionary entry found in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Byte range in the searched text.
    pub range: std::ops::Range<usize>,
    /// Index into [`Dictionary::entries`].
    pub entry: usize,
}

impl Dictionary {
    /// True when it holds nothing.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty() && self.not_entities.is_empty()
    }

    /// Parses a dictionary file; each entry it cannot use is a warning, and the rest
    /// still applies.
    pub fn parse(text: &str) -> (Dictionary, Vec<String>) {
        let mut warnings = Vec::new();
        let mut dictionary = Dictionary::default();
        let table = match text.parse::<toml::Table>() {
            Ok(t) => t,
            Err(e) => {
                warnings.push(format!("not valid TOML: {}", e.message().trim()));
                return (dictionary, warnings);
            }
        };
        for (key, value) in &table {
            match key.as_str() {
                "not-entities" => match strings(value) {
                    Some(list) => dictionary.not_entities = list,
                    None => warnings.push("not-entities must be a list of strings".to_owned()),
                },
                "entity" => {
                    let Some(list) = value.as_array() else {
                        warnings.push("entity must be an array of tables ([[entity]])".to_owned());
                        continue;
                    };
                    for (i, item) in list.iter().enumerate() {
                        match entry(item) {
                            Ok(e) => dictionary.entries.push(e),
                            Err(why) => warnings.push(format!("entity #{}: {why}", i + 1)),
                        }
                    }
                }
                other => warnings.push(format!("unknown key `{other}`")),
            }
        }
        (dictionary, warnings)
    }

    /// Whether `name` is listed as not an entity (case-insensitive).
    pub fn is_not_entity(&self, name: &str) -> bool {
        self.not_entities
            .iter()
            .any(|n| n.eq_ignore_ascii_case(name.trim()))
    }

    /// Every whole-word occurrence of an entry's name or alias in `text`, longest
    /// first where names overlap.
    pub fn find(&self, text: &str) -> Vec<Found> {
        let Some((automaton, owners)) = self.matcher.get_or_init(|| self.build()) else {
            return Vec::new();
        };
        automaton
            .find_iter(text)
            .filter(|m| {
                let before = text[..m.start()].chars().next_back();
                let after = text[m.end()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
            })
            .map(|m| Found {
                range: m.range(),
                entry: owners[m.pattern().as_usize()],
            })
            .collect()
    }

    fn build(&self) -> Option<(AhoCorasick, Vec<usize>)> {
        let mut patterns = Vec::new();
        let mut owners = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            for name in std::iter::once(&e.name).chain(&e.aliases) {
                if !name.trim().is_empty() {
                    patterns.push(name.trim().to_owned());
                    owners.push(i);
                }
            }
        }
        if patterns.is_empty() {
            return None;
        }
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .ok()
            .map(|a| (a, owners))
    }
}

fn strings(value: &toml::Value) -> Option<Vec<String>> {
    value
        .as_array()?
        .iter()
        .map(|v| v.as_str().map(str::to_owned))
        .collect()
}

fn entry(item: &toml::Value) -> Result<Entry, String> {
    let table = item.as_table().ok_or("must be a table")?;
    let name = table
        .get("name")
        .and_then(toml::Value::as_str)
        .filter(|n| !n.trim().is_empty())
        .ok_or("needs a `name`")?
        .trim()
        .to_owned();
    let kind = match table.get("kind").map(|k| k.as_str()) {
        None => EntityKind::Other,
        Some(Some(k)) => parse_kind(k).ok_or(format!(
            "kind `{k}` is not person, organization, place or other"
        ))?,
        Some(None) => return Err("kind must be a string".to_owned()),
    };
    let aliases = match table.get("aliases") {
        None => Vec::new(),
        Some(v) => strings(v).ok_or("aliases must be a list of strings")?,
    };
    let description = match table.get("description") {
        None => None,
        Some(v) => Some(v.as_str().ok_or("description must be a string")?.to_owned()),
    };
    for key in table.keys() {
        if !["name", "kind", "aliases", "description"].contains(&key.as_str()) {
            return Err(format!("unknown key `{key}` in `{name}`"));
        }
    }
    Ok(Entry {
        name,
        kind,
        aliases,
        description,
    })
}

/// The kind named in a dictionary ("person", "organisation", "place", "location"…).
pub fn parse_kind(name: &str) -> Option<EntityKind> {
    match name.to_ascii_lowercase().as_str() {
        "person" | "per" => Some(EntityKind::Person),
        "organization" | "organisation" | "org" => Some(EntityKind::Organization),
        "place" | "location" | "loc" | "gpe" => Some(EntityKind::Place),
        "other" | "misc" => Some(EntityKind::Other),
        _ => None,
    }
}

/// Reads and parses the dictionary at `path`; warnings name the file.
pub fn load(path: &Path) -> (Dictionary, Vec<String>) {
    let shown = path.display();
    match std::fs::metadata(path) {
        Ok(m) if m.len() > MAX_FILE_BYTES => {
            return (
                Dictionary::default(),
                vec![format!(
                    "{shown}: {} MB is too large for an entity dictionary; not read",
                    m.len() >> 20
                )],
            );
        }
        _ => {}
    }
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let (d, warnings) = Dictionary::parse(&text);
            (
                d,
                warnings
                    .into_iter()
                    .map(|w| format!("{shown}: {w}"))
                    .collect(),
            )
        }
        Err(e) => (
            Dictionary::default(),
            vec![format!("{shown}: cannot read the entity dictionary: {e}")],
        ),
    }
}

/// `path` with `.` and `..` resolved lexically, so containment can be checked
/// before the file exists.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Checks that writing to `path` stays inside `root`, following symbolic links in
/// the part of the path that exists. Returns the path to write.
pub fn contained(path: &Path, root: &Path) -> Result<PathBuf, String> {
    let path = normalize(path);
    let root = root.canonicalize().unwrap_or_else(|_| normalize(root));
    let parent = path
        .parent()
        .ok_or("the dictionary path has no directory")?;
    let real_parent = parent
        .canonicalize()
        .map_err(|e| format!("{}: {e}", parent.display()))?;
    let real = match path.file_name() {
        Some(name) => real_parent.join(name),
        None => return Err("the dictionary path names no file".to_owned()),
    };
    if std::fs::symlink_metadata(&real).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(format!(
            "{} is a symbolic link; copydesk only writes regular files",
            real.display()
        ));
    }
    if !real.starts_with(&root) {
        return Err(format!(
            "{} is outside the workspace {}; copydesk does not write there",
            real.display(),
            root.display()
        ));
    }
    Ok(real)
}

/// Adds `entry` to the dictionary at `path` (created if missing), or updates the
/// entry with the same name, keeping the rest of the file as it was.
pub fn add_entry(path: &Path, entry: &Entry) -> Result<(), String> {
    edit(path, |doc| {
        let list = doc
            .entry("entity")
            .or_insert(toml_edit::Item::ArrayOfTables(Default::default()))
            .as_array_of_tables_mut()
            .ok_or("`entity` in the dictionary is not an array of tables")?;
        let existing = list.iter_mut().find(|t| {
            t.get("name")
                .and_then(|n| n.as_str())
                .is_some_and(|n| n.eq_ignore_ascii_case(&entry.name))
        });
        let mut fresh = toml_edit::Table::new();
        let table = match existing {
            Some(t) => t,
            None => &mut fresh,
        };
        if !table.contains_key("name") {
            set(table, "name", entry.name.as_str().into());
        }
        set(table, "kind", entry.kind.name().into());
        if !entry.aliases.is_empty() {
            let aliases: toml_edit::Array = entry.aliases.iter().map(String::as_str).collect();
            set(table, "aliases", aliases.into());
        }
        if let Some(d) = &entry.description {
            set(table, "description", d.as_str().into());
        }
        if !fresh.is_empty() {
            list.push(fresh);
        }
        Ok(())
    })
}

/// Sets `key` to `value`, keeping the comment and spacing around the old value.
fn set(table: &mut toml_edit::Table, key: &str, mut value: toml_edit::Value) {
    if let Some(old) = table.get(key).and_then(toml_edit::Item::as_value) {
        *value.decor_mut() = old.decor().clone();
    }
    table[key] = toml_edit::Item::Value(value);
}

/// Adds `name` to the dictionary's `not-entities` list at `path`.
pub fn add_not_entity(path: &Path, name: &str) -> Result<(), String> {
    edit(path, |doc| {
        let item = doc
            .entry("not-entities")
            .or_insert(toml_edit::value(toml_edit::Array::new()));
        let list = item
            .as_array_mut()
            .ok_or("`not-entities` in the dictionary is not a list")?;
        if !list
            .iter()
            .any(|v| v.as_str().is_some_and(|s| s.eq_ignore_ascii_case(name)))
        {
            list.push(name);
        }
        Ok(())
    })
}

/// Reads the TOML at `path` (empty if missing), applies `change`, and replaces the
/// file atomically: a temporary file in the same directory, synced, then renamed.
fn edit(
    path: &Path,
    change: impl FnOnce(&mut toml_edit::DocumentMut) -> Result<(), &'static str>,
) -> Result<(), String> {
    let shown = path.display();
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            "# copydesk entity dictionary: known names and words that are not entities.\n"
                .to_owned()
        }
        Err(e) => return Err(format!("{shown}: cannot read: {e}")),
    };
    let mut doc = text
        .parse::<toml_edit::DocumentMut>()
        .map_err(|e| format!("{shown}: not valid TOML, so it was left alone: {e}"))?;
    change(&mut doc).map_err(|e| format!("{shown}: {e}"))?;
    write_atomically(path, doc.to_string().as_bytes()).map_err(|e| format!("{shown}: {e}"))
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over `path`, so
/// a reader sees the old file or the new one, never half of one.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let temporary = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        if let Ok(meta) = std::fs::metadata(path) {
            // Keep the permissions the user gave the file.
            std::fs::set_permissions(&temporary, meta.permissions())?;
        }
        std::fs::rename(&temporary, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("copydesk-dict-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn parses_entries_and_reports_each_bad_one() {
        let (d, warnings) = Dictionary::parse(
            r#"
not-entities = ["Breaking News"]
colour = 1

[[entity]]
name = "Vladimir Putin"
kind = "person"
aliases = ["Putin"]
description = "President of Russia"

[[entity]]
name = "Harbour Board"
kind = "committee"

[[entity]]
kind = "place"
"#,
        );
        assert_eq!(d.entries.len(), 1);
        assert_eq!(d.entries[0].aliases, ["Putin"]);
        assert!(d.is_not_entity("breaking news"));
        assert_eq!(warnings.len(), 3, "{warnings:?}");
        assert!(warnings[1].contains("committee"), "{warnings:?}");
        let (empty, warnings) = Dictionary::parse("[[entity]\nname=");
        assert!(empty.is_empty());
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn finds_whole_names_longest_first() {
        let (d, _) = Dictionary::parse(
            "[[entity]]\nname = \"Port Authority\"\nkind = \"organization\"\naliases = [\"PA\", \"Port\"]\n",
        );
        let text =
            "The Port Authority said PA staff, not PAYE staff, would stay in Port-au-Prince.";
        let found: Vec<&str> = d
            .find(text)
            .iter()
            .map(|f| &text[f.range.clone()])
            .collect();
        assert_eq!(found, ["Port Authority", "PA"]);
    }

    #[test]
    fn edits_keep_comments_and_replace_the_file_atomically() {
        let dir = scratch("edit");
        let path = dir.join(FILE_NAME);
        std::fs::write(
            &path,
            "# Our desk's names\nnot-entities = [\"Mainland\"] # keep\n\n[[entity]]\nname = \"Ana Ruiz\" # the mayor\nkind = \"person\"\n",
        )
        .unwrap();
        let entry = Entry {
            name: "Harbour Board".into(),
            kind: EntityKind::Organization,
            aliases: vec!["the board".into()],
            description: Some("port regulator".into()),
        };
        add_entry(&path, &entry).unwrap();
        add_not_entity(&path, "Breaking News").unwrap();
        add_not_entity(&path, "breaking news").unwrap();
        // Updating an existing entry changes it in place.
        add_entry(
            &path,
            &Entry {
                name: "Ana Ruiz".into(),
                kind: EntityKind::Person,
                aliases: vec!["Ruiz".into()],
                description: None,
            },
        )
        .unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("# Our desk's names\n"), "{text}");
        assert!(text.contains("# keep"), "{text}");
        assert!(text.contains("name = \"Ana Ruiz\" # the mayor"), "{text}");
        assert_eq!(text.matches("Breaking News").count(), 1, "{text}");
        let (d, warnings) = Dictionary::parse(&text);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(d.entries.len(), 2);
        assert_eq!(d.entries[0].aliases, ["Ruiz"]);
        assert_eq!(d.entries[1].description.as_deref(), Some("port regulator"));
        // No temporary file is left behind.
        let names: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
        assert_eq!(names.len(), 1);

        // A file that is not TOML is left alone.
        std::fs::write(&path, "[[entity\n").unwrap();
        assert!(add_not_entity(&path, "X").is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "[[entity\n");
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn writes_stay_inside_the_workspace() {
        let root = scratch("root");
        std::fs::create_dir_all(root.join("desk")).unwrap();
        assert!(contained(&root.join("desk").join(FILE_NAME), &root).is_ok());
        assert!(contained(&root.join("desk/../..").join(FILE_NAME), &root).is_err());
        assert!(contained(Path::new("/etc/passwd"), &root).is_err());
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("/tmp", root.join("escape")).unwrap();
            assert!(contained(&root.join("escape").join(FILE_NAME), &root).is_err());
            std::os::unix::fs::symlink("/etc/hostname", root.join("link.toml")).unwrap();
            assert!(contained(&root.join("link.toml"), &root).is_err());
        }
        let _ = std::fs::remove_dir_all(root);
    }
}
