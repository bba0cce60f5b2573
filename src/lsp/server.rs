//! The language server: LSP requests and notifications translated to the engine.
//!
//! Edits are applied to the document's rope under a short lock. Analysis runs on
//! tokio's blocking pool after a debounce, with no lock held; a result for a version
//! that has since changed is dropped, never published.

use super::actions::{ADD_ENTITY, NOT_AN_ENTITY, code_actions};
use super::commands;
use super::convert::{
    Positions, diagnostic, document_symbols, entity_symbols, flat_symbols, fuzzy_match,
    publish_params, uri_to_path,
};
use super::documents::{Applied, Change, Snapshot, Store};
use super::framing::{self, Outbox};
use super::hover::card;
use super::memory::{TRIM_AFTER_BYTES, release_freed_memory};
use super::settings::Settings;
use crate::article::Format;
use crate::text::{Position, PositionEncoding, Span};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tower_lsp_server::gen_lsp_types::*;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::{Client, LanguageServer};

/// Shared state of the server.
#[derive(Default)]
struct State {
    docs: Mutex<Store>,
    settings: Mutex<Settings>,
    encoding: Mutex<PositionEncoding>,
    hierarchical_symbols: AtomicBool,
    pull_configuration: AtomicBool,
    /// The client pulls diagnostics (`textDocument/diagnostic`), so pushing them too
    /// would show every finding twice.
    client_pulls: AtomicBool,
    /// The client accepts `workspace/diagnostic/refresh`.
    refresh_support: AtomicBool,
    panic_reported: AtomicBool,
    /// Where serialised diagnostics go (always set by [`Backend::new`]).
    outbox: Option<Outbox>,
    /// A change that could not be applied exactly has been shown to the user.
    sync_reported: AtomicBool,
    /// The client can watch files for us (`workspace/didChangeWatchedFiles`).
    watch_files: AtomicBool,
}

/// Locks a mutex, recovering the data if a thread panicked while holding it.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Builds an LSP type from its JSON shape.
fn typed<T: DeserializeOwned>(value: Value) -> Result<T> {
    serde_json::from_value(value).map_err(|e| {
        tracing::error!("building a response failed: {e}");
        Error::internal_error()
    })
}

/// The copydesk language server.
pub struct Backend {
    client: Client,
    state: Arc<State>,
}

impl Backend {
    /// A server talking to `client`, which sends its diagnostics through `outbox`
    /// already serialised, instead of through the framework (which would parse them
    /// into a JSON tree and write them out again: 10 ms and more for a large article).
    pub fn new(client: Client, outbox: Outbox) -> Backend {
        Backend {
            client,
            state: Arc::new(State {
                outbox: Some(outbox),
                ..State::default()
            }),
        }
    }

    fn encoding(&self) -> PositionEncoding {
        *lock(&self.state.encoding)
    }

    /// Position conversion for a snapshot, in the negotiated encoding.
    fn positions<'a>(&self, s: &'a Snapshot) -> Positions<'a> {
        Positions {
            text: &s.text,
            lines: &s.lines,
            encoding: self.encoding(),
        }
    }

    async fn warn(&self, warnings: Vec<String>) {
        for w in warnings {
            tracing::warn!("{w}");
            self.client.log_message(MessageType::Warning, &w).await;
            self.client
                .show_message(MessageType::Warning, format!("copydesk: {w}"))
                .await;
        }
    }

    /// Pulls the `copydesk` section with `workspace/configuration`.
    async fn pull_configuration(&self) {
        if !self.state.pull_configuration.load(Ordering::Relaxed) {
            return;
        }
        let item = ConfigurationItem {
            scope_uri: None,
            section: Some("copydesk".to_owned()),
        };
        match self.client.configuration(vec![item]).await {
            Ok(values) => {
                if let Some(v) = values.into_iter().next().filter(|v| !v.is_null()) {
                    lock(&self.state.settings).editor = v;
                }
            }
            Err(e) => tracing::info!("workspace/configuration failed: {e}"),
        }
    }

    /// Re-reads configuration for every open document and re-analyses them.
    async fn reconfigure_all(&self) {
        let uris = lock(&self.state.docs).uris();
        for uri in uris {
            let (config, warnings) =
                lock(&self.state.settings).config_for(uri_to_path(&uri).as_deref());
            if let Some(doc) = lock(&self.state.docs).get_mut(&uri) {
                doc.reconfigure(config);
            }
            self.warn(warnings).await;
            schedule(self.client.clone(), self.state.clone(), uri, Duration::ZERO);
        }
        if self.state.client_pulls.load(Ordering::Relaxed)
            && self.state.refresh_support.load(Ordering::Relaxed)
        {
            if let Err(e) = self.client.workspace_diagnostic_refresh().await {
                tracing::info!("workspace/diagnostic/refresh failed: {e}");
            }
        }
    }

    /// The snapshot of the current version, analysing now if needed.
    async fn current(&self, uri: &str) -> Option<Arc<Snapshot>> {
        analyze(&self.client, &self.state, uri).await
    }
}

/// Analyses the current version of `uri` off the async workers.
async fn analyze(client: &Client, state: &Arc<State>, uri: &str) -> Option<Arc<Snapshot>> {
    let (version, text, format, analyzer) = {
        let mut docs = lock(&state.docs);
        let doc = docs.get_mut(uri)?;
        if let Some(s) = doc.current_snapshot() {
            return Some(s);
        }
        let analyzer = doc
            .analyzer
            .take()
            .unwrap_or_else(|| crate::analysis::Analyzer::new(doc.config.clone()));
        (doc.version, doc.text(), doc.format, analyzer)
    };
    let started = std::time::Instant::now();
    let work = tokio::task::spawn_blocking(move || {
        let mut analyzer = analyzer;
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            Snapshot::build(version, text, format, &mut analyzer)
        }));
        result.map(|s| (Arc::new(s), analyzer))
    })
    .await;
    match work {
        Ok(Ok((snapshot, analyzer))) => {
            tracing::debug!("analysed {uri} v{version} in {:?}", started.elapsed());
            let (report_size, rerun) = {
                let mut docs = lock(&state.docs);
                let doc = docs.get_mut(uri)?;
                if doc.analyzer.is_none() {
                    doc.analyzer = Some(analyzer);
                }
                if doc.snapshot.as_ref().is_none_or(|s| s.version <= version) {
                    doc.snapshot = Some(snapshot.clone());
                }
                let first = snapshot.too_large && !doc.size_reported;
                doc.size_reported |= snapshot.too_large;
                (
                    first,
                    std::mem::take(&mut doc.rerun) && doc.version != version,
                )
            };
            if rerun {
                schedule(
                    client.clone(),
                    state.clone(),
                    uri.to_owned(),
                    Duration::ZERO,
                );
            }
            if report_size {
                let why = format!(
                    "copydesk: {uri} is {:.1} MB; documents over {} MB are not checked while open (run `copydesk check` on it instead)",
                    snapshot.text.len() as f64 / 1e6,
                    crate::lsp::MAX_ANALYSED_BYTES >> 20
                );
                tracing::warn!("{why}");
                client.show_message(MessageType::Warning, why).await;
            }
            Some(snapshot)
        }
        _ => {
            tracing::error!("analysis of {uri} (version {version}) panicked");
            // The analyzer went down with it; later edits get a fresh one.
            if let Some(doc) = lock(&state.docs).get_mut(uri)
                && doc.analyzer.is_none()
            {
                doc.analyzer = Some(crate::analysis::Analyzer::new(doc.config.clone()));
            }
            if !state.panic_reported.swap(true, Ordering::Relaxed) {
                client
                    .show_message(MessageType::Error, format!("copydesk: analysing {uri} failed; other documents are still checked. Please report this."))
                    .await;
            }
            None
        }
    }
}

/// After `delay`, analyses `uri` and publishes its diagnostics, unless a newer edit
/// arrived meanwhile (that edit schedules its own run).
fn schedule(client: Client, state: Arc<State>, uri: String, delay: Duration) {
    let version = lock(&state.docs).get(&uri).map(|d| d.version);
    tokio::spawn(async move {
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
        let still_current = || lock(&state.docs).get(&uri).map(|d| d.version) == version;
        if !still_current() {
            return;
        }
        // One analysis per document at a time: while one runs (it holds the analyzer
        // and its caches), a newer edit waits for it, and it re-schedules when done,
        // rather than a cold analysis starting beside it.
        {
            let mut docs = lock(&state.docs);
            if let Some(doc) = docs.get_mut(&uri)
                && doc.analyzer.is_none()
            {
                doc.rerun = true;
                return;
            }
        }
        let Some(snapshot) = analyze(&client, &state, &uri).await else {
            return;
        };
        if !still_current() || Some(snapshot.version) != version {
            return; // superseded while it ran
        }
        if state.client_pulls.load(Ordering::Relaxed) {
            // The client asks with textDocument/diagnostic; the snapshot is ready for it.
            index_entities(snapshot);
            return;
        }
        let published = std::time::Instant::now();
        let encoding = *lock(&state.encoding);
        let p = Positions {
            text: &snapshot.text,
            lines: &snapshot.lines,
            encoding,
        };
        let count = snapshot.analysis.findings.len();
        let params = publish_params(&p, &uri, snapshot.version, &snapshot.analysis.findings);
        if let Some(outbox) = &state.outbox {
            let message = framing::frame(&[
                br#"{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":"#,
                params.get().as_bytes(),
                b"}",
            ]);
            let _ = outbox.send(Some(message)).await;
        }
        tracing::debug!(
            "published {count} diagnostics for {uri} v{} in {:?}",
            snapshot.version,
            published.elapsed()
        );
        index_entities(snapshot);
    });
}

/// Builds the snapshot's entity index off the async workers, once its diagnostics
/// are out, so a hover soon after finds it ready.
fn index_entities(snapshot: Arc<Snapshot>) {
    tokio::task::spawn_blocking(move || {
        snapshot.entities();
    });
}

fn language_format(id: &LanguageKind) -> (Option<Format>, String) {
    let name = serde_json::to_value(id)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    (Format::from_language_id(&name), name)
}

fn position(p: &tower_lsp_server::gen_lsp_types::Position) -> Position {
    Position {
        line: p.line,
        character: p.character,
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let raw = serde_json::to_value(&params).unwrap_or_default();
        let caps = &raw["capabilities"];
        let offered: Vec<&str> = caps
            .pointer("/general/positionEncodings")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let encoding = if offered.contains(&"utf-8") {
            PositionEncoding::Utf8
        } else {
            PositionEncoding::Utf16
        };
        *lock(&self.state.encoding) = encoding;
        let flag = |pointer: &str| {
            caps.pointer(pointer)
                .and_then(Value::as_bool)
                .unwrap_or(false)
        };
        let client_pulls = caps
            .pointer("/textDocument/diagnostic")
            .is_some_and(Value::is_object);
        let s = &self.state;
        s.hierarchical_symbols.store(
            flag("/textDocument/documentSymbol/hierarchicalDocumentSymbolSupport"),
            Ordering::Relaxed,
        );
        s.pull_configuration
            .store(flag("/workspace/configuration"), Ordering::Relaxed);
        s.client_pulls.store(client_pulls, Ordering::Relaxed);
        s.watch_files.store(
            flag("/workspace/didChangeWatchedFiles/dynamicRegistration"),
            Ordering::Relaxed,
        );
        s.refresh_support.store(
            flag("/workspace/diagnostics/refreshSupport"),
            Ordering::Relaxed,
        );
        {
            let mut settings = lock(&self.state.settings);
            let root = raw
                .pointer("/workspaceFolders/0/uri")
                .or_else(|| raw.get("rootUri"))
                .and_then(Value::as_str)
                .and_then(uri_to_path);
            settings.root = root;
            if let Some(options) = params.initialization_options.as_ref() {
                settings.set_editor(options);
            }
        }
        let mut capabilities = json!({
            "positionEncoding": encoding.lsp_name(),
            "textDocumentSync": {"openClose": true, "change": 2, "save": {"includeText": false}},
            "hoverProvider": true,
            "documentSymbolProvider": true,
            "workspaceSymbolProvider": true,
            "codeActionProvider": {"codeActionKinds": ["quickfix"]},
            "executeCommandProvider": {"commands": [ADD_ENTITY, NOT_AN_ENTITY]},
        });
        // Pull diagnostics for clients that ask for them; everyone else gets pushed ones.
        if client_pulls {
            capabilities["diagnosticProvider"] = json!({"identifier": "copydesk", "interFileDependencies": false, "workspaceDiagnostics": false});
        }
        typed(
            json!({"capabilities": capabilities, "serverInfo": {"name": "copydesk", "version": env!("CARGO_PKG_VERSION")}}),
        )
    }

    async fn initialized(&self, _: InitializedParams) {
        // Load the embedded gazetteer, model and lexicons now (about 6 ms), not when the
        // first article opens; an open that races this waits for it, never repeats it.
        tokio::task::spawn_blocking(|| {
            crate::analysis::ner::gazetteer::Gazetteer::builtin();
            crate::analysis::ner::builtin();
            crate::analysis::lexicon::Lexicon::shared();
        });
        // Edits to the configuration or the dictionary by hand apply at once.
        if self.state.watch_files.load(Ordering::Relaxed) {
            let watchers: Vec<Value> = [crate::config::FILE_NAME, crate::dictionary::FILE_NAME]
                .iter()
                .map(|name| json!({"globPattern": format!("**/{name}")}))
                .collect();
            let registration = Registration {
                id: "copydesk-watch".to_owned(),
                method: "workspace/didChangeWatchedFiles".to_owned(),
                register_options: Some(json!({ "watchers": watchers })),
            };
            if let Err(e) = self.client.register_capability(vec![registration]).await {
                tracing::info!("registering file watchers failed: {e}");
            }
        }
        self.pull_configuration().await;
        let (_, warnings) = lock(&self.state.settings).config_for(None);
        self.warn(warnings).await;
        self.client
            .log_message(
                MessageType::Info,
                format!("copydesk {} ready", env!("CARGO_PKG_VERSION")),
            )
            .await;
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let item = params.text_document;
        let uri = item.uri.as_ref().to_owned();
        let (format, name) = language_format(&item.language_id);
        let Some(format) = format else {
            tracing::info!("ignoring {uri}: language `{name}` is not Markdown or plain text");
            return;
        };
        let (config, warnings) =
            lock(&self.state.settings).config_for(uri_to_path(&uri).as_deref());
        lock(&self.state.docs).open(&uri, item.version, format, &item.text, config);
        self.warn(warnings).await;
        schedule(self.client.clone(), self.state.clone(), uri, Duration::ZERO);
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params
            .text_document
            .text_document_identifier
            .uri
            .as_ref()
            .to_owned();
        let version = params.text_document.version;
        tracing::debug!("didChange {uri} v{version}");
        let changes = params
            .content_changes
            .into_iter()
            .map(|c| match c {
                TextDocumentContentChangeEvent::TextDocumentContentChangePartial(p) => Change {
                    range: Some((position(&p.range.start), position(&p.range.end))),
                    text: p.text,
                },
                TextDocumentContentChangeEvent::TextDocumentContentChangeWholeDocument(w) => {
                    Change {
                        range: None,
                        text: w.text,
                    }
                }
            })
            .collect();
        let encoding = self.encoding();
        let (applied, debounce) = {
            let mut docs = lock(&self.state.docs);
            let applied = docs.change(&uri, version, changes, encoding);
            let debounce = docs.get(&uri).map_or(0, |d| d.config.debounce());
            (applied, debounce)
        };
        match applied {
            None => tracing::warn!("didChange for {uri}, which is not open: ignored"),
            Some(Applied::Clamped(why)) => {
                tracing::warn!("didChange for {uri}: {why}");
                self.client
                    .log_message(MessageType::Warning, format!("copydesk: {uri}: {why}"))
                    .await;
                // Once per session: the editor and copydesk may disagree about the text.
                if !self.state.sync_reported.swap(true, Ordering::Relaxed) {
                    self.client
                        .show_message(
                            MessageType::Warning,
                            format!("copydesk: the editor sent a change copydesk could not apply exactly ({why}). It applied it as best it could; later cases go to the log only. Reopen the file if diagnostics look misplaced."),
                        )
                        .await;
                }
            }
            Some(Applied::Exact) => {}
        }
        schedule(
            self.client.clone(),
            self.state.clone(),
            uri,
            Duration::from_millis(debounce),
        );
    }

    async fn did_save(&self, _: DidSaveTextDocumentParams) {}

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let Some(size) = lock(&self.state.docs).close(uri.as_ref()) else {
            return;
        };
        if size >= TRIM_AFTER_BYTES {
            // Off the async workers: a trim walks the whole heap.
            tokio::task::spawn_blocking(release_freed_memory);
        }
        if !self.state.client_pulls.load(Ordering::Relaxed) {
            self.client.publish_diagnostics(uri, Vec::new(), None).await;
        }
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        let took = lock(&self.state.settings).set_editor(&params.settings);
        if !took {
            self.pull_configuration().await;
        }
        self.reconfigure_all().await;
    }

    async fn did_change_watched_files(&self, _: DidChangeWatchedFilesParams) {
        self.reconfigure_all().await;
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let at = &params.text_document_position_params;
        let Some(s) = self.current(at.text_document.uri.as_ref()).await else {
            return Ok(None);
        };
        let p = self.positions(&s);
        let offset = p.offset(at.position.line, at.position.character);
        match card(&s, offset) {
            Some((card, span)) => typed(
                json!({"contents": {"kind": "markdown", "value": card}, "range": p.range(span)}),
            )
            .map(Some),
            None => Ok(None),
        }
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let uri = params.text_document.uri.as_ref();
        let Some(s) = self.current(uri).await else {
            return Ok(None);
        };
        let p = self.positions(&s);
        if self.state.hierarchical_symbols.load(Ordering::Relaxed) {
            typed(Value::Array(document_symbols(&p, &s.article.sections))).map(Some)
        } else {
            let mut flat = Vec::new();
            flat_symbols(&p, uri, &s.article.sections, None, &mut flat);
            typed(Value::Array(flat)).map(Some)
        }
    }

    async fn symbol(
        &self,
        params: WorkspaceSymbolParams,
    ) -> Result<Option<WorkspaceSymbolResponse>> {
        let uris = lock(&self.state.docs).uris();
        let mut found = Vec::new();
        for uri in uris {
            let Some(s) = self.current(&uri).await else {
                continue;
            };
            let p = self.positions(&s);
            let mut flat = Vec::new();
            flat_symbols(&p, &uri, &s.article.sections, None, &mut flat);
            flat.extend(entity_symbols(&p, &uri, &s.entities().entities));
            found.extend(flat.into_iter().filter(|v| {
                v["name"]
                    .as_str()
                    .is_some_and(|n| fuzzy_match(&params.query, n))
            }));
        }
        typed(Value::Array(found)).map(Some)
    }

    async fn code_action(
        &self,
        params: CodeActionParams,
    ) -> Result<Option<Vec<CodeActionResponse>>> {
        let uri = params.text_document.uri.as_ref();
        let Some(s) = self.current(uri).await else {
            return Ok(None);
        };
        let p = self.positions(&s);
        let start = p.offset(params.range.start.line, params.range.start.character);
        let end = p.offset(params.range.end.line, params.range.end.character);
        typed(Value::Array(code_actions(
            &s,
            &p,
            uri,
            Span::new(start, end),
        )))
        .map(Some)
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<LspAny>> {
        let (uri, edit) = commands::parse(
            &params.command,
            params.arguments.as_deref().unwrap_or_default(),
        )
        .map_err(Error::invalid_params)?;
        let (path, warnings) = commands::target(&mut lock(&self.state.settings), &uri);
        self.warn(warnings).await;
        let written = match path {
            Ok(path) => {
                let to = path.clone();
                tokio::task::spawn_blocking(move || commands::apply(&to, &edit).map(|()| to))
                    .await
                    .unwrap_or_else(|e| Err(format!("writing the dictionary failed: {e}")))
            }
            Err(e) => Err(e),
        };
        match written {
            Ok(path) => {
                let done = format!("copydesk: updated the entity dictionary {}", path.display());
                tracing::info!("{done}");
                self.client.log_message(MessageType::Info, done).await;
                self.reconfigure_all().await;
                Ok(None)
            }
            Err(why) => {
                tracing::warn!("{}: {why}", params.command);
                self.client
                    .show_message(MessageType::Error, format!("copydesk: {why}"))
                    .await;
                Err(Error::invalid_params(why))
            }
        }
    }

    async fn diagnostic(
        &self,
        params: DocumentDiagnosticParams,
    ) -> Result<DocumentDiagnosticReport> {
        let uri = params.text_document.uri.as_ref();
        let items: Vec<Value> = match self.current(uri).await {
            Some(s) => {
                let p = self.positions(&s);
                s.analysis
                    .findings
                    .iter()
                    .map(|f| diagnostic(&p, uri, f))
                    .collect()
            }
            None => Vec::new(),
        };
        typed(json!({"kind": "full", "items": items}))
    }
}
