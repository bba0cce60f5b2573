//! The language server through the real binary over stdio, as an editor drives it.

mod support {
    pub mod lsp_client;
}

use serde_json::{Value, json};
use support::lsp_client::Client;

const URI: &str = "file:///tmp/copydesk-test/story.md";
/// Line 2 has curly quotes and a dash before the claim, so UTF-8 and UTF-16 columns differ.
const STORY: &str = "# Dock Strike Spreads\n\n“Talks failed” — the strike came amid growing anger among dockers.\n\nExperts say the port will suffer.\n\n## Reaction\n\nMayor Ana Ruiz said the city would help. Ruiz added that buses would run.\n";

fn caps() -> Value {
    json!({
        "general": {"positionEncodings": ["utf-16"]},
        "textDocument": {"documentSymbol": {"hierarchicalDocumentSymbolSupport": true}, "publishDiagnostics": {"relatedInformation": true}},
    })
}

fn codes(diags: &[Value]) -> Vec<(String, u64, u64)> {
    diags
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["range"]["start"]["line"].as_u64().unwrap(),
                d["range"]["start"]["character"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn initialize_advertises_incremental_sync_and_negotiates_encoding() {
    let mut c = Client::spawn();
    let r = c.initialize(caps(), Value::Null);
    let caps = &r["result"]["capabilities"];
    assert_eq!(caps["positionEncoding"], "utf-16");
    assert_eq!(caps["textDocumentSync"]["change"], 2);
    assert_eq!(caps["hoverProvider"], true);
    assert_eq!(caps["documentSymbolProvider"], true);
    assert_eq!(
        caps["codeActionProvider"]["codeActionKinds"],
        json!(["quickfix"])
    );
    assert_eq!(r["result"]["serverInfo"]["name"], "copydesk");
    assert_eq!(c.shutdown(), Some(0));

    let mut c = Client::spawn();
    let r = c.initialize(
        json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}}),
        Value::Null,
    );
    assert_eq!(r["result"]["capabilities"]["positionEncoding"], "utf-8");
    c.open(URI, "markdown", STORY);
    let diags = c.diagnostics(URI, 1);
    // "growing" sits after “Talks failed” — : each of the three marks is 2 bytes more in UTF-8 than UTF-16 units.
    let claim = diags
        .iter()
        .find(|d| d["code"] == "unattributed-claim")
        .unwrap();
    assert_eq!(claim["range"]["start"], json!({"line": 2, "character": 44}));
    c.shutdown();
}

#[test]
fn diagnostics_on_open_and_after_an_incremental_change() {
    let mut c = Client::spawn();
    c.initialize(caps(), Value::Null);
    c.open(URI, "markdown", STORY);
    let diags = c.diagnostics(URI, 1);
    assert_eq!(
        codes(&diags),
        [
            ("unattributed-claim".into(), 2, 38),
            ("vague-source".into(), 4, 0)
        ]
    );
    let d = &diags[0];
    assert_eq!(d["source"], "copydesk");
    assert_eq!(d["severity"], 2);
    assert!(
        d["codeDescription"]["href"]
            .as_str()
            .unwrap()
            .ends_with("#unattributed-claim")
    );
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("growing anger among dockers")
    );

    // Replace "Experts say" with "Ruiz said" (UTF-16 range on line 4).
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": 2}, "contentChanges": [{"range": {"start": {"line": 4, "character": 0}, "end": {"line": 4, "character": 11}}, "text": "Ruiz said"}]}),
    );
    let diags = c.diagnostics(URI, 2);
    assert_eq!(codes(&diags), [("unattributed-claim".into(), 2, 38)]);

    // A client that did not declare pull support still gets an answer to a pull.
    let pulled = c.request(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": URI}}),
    );
    assert_eq!(pulled["result"]["kind"], "full");
    assert_eq!(
        codes(pulled["result"]["items"].as_array().unwrap()),
        codes(&diags)
    );

    // Closing clears the document's diagnostics.
    c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": URI}}),
    );
    let cleared = c.wait_for(
        |m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["diagnostics"] == json!([])
        },
        "cleared diagnostics",
    );
    assert_eq!(cleared["params"]["uri"], URI);
    assert_eq!(c.shutdown(), Some(0));
}

#[test]
fn clients_that_pull_diagnostics_are_not_also_pushed_them() {
    let mut c = Client::spawn();
    let mut pulling = caps();
    pulling["textDocument"]["diagnostic"] = json!({"dynamicRegistration": false});
    let r = c.initialize(pulling, Value::Null);
    assert_eq!(
        r["result"]["capabilities"]["diagnosticProvider"]["identifier"],
        "copydesk"
    );
    c.open(URI, "markdown", STORY);
    let pulled = c.request(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": URI}}),
    );
    assert_eq!(
        codes(pulled["result"]["items"].as_array().unwrap()),
        [
            ("unattributed-claim".into(), 2, 38),
            ("vague-source".into(), 4, 0)
        ]
    );
    // Wait past the debounce, make a round trip, then check that nothing was pushed.
    std::thread::sleep(std::time::Duration::from_millis(400));
    c.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": URI}}),
    );
    assert!(
        !c.notifications
            .iter()
            .any(|m| m["method"] == "textDocument/publishDiagnostics"),
        "{:?}",
        c.notifications
    );
    c.shutdown();
}

#[test]
fn document_symbols_hover_and_workspace_symbols() {
    let mut c = Client::spawn();
    c.initialize(caps(), Value::Null);
    c.open(URI, "markdown", STORY);
    c.diagnostics(URI, 1);
    let r = c.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": URI}}),
    );
    let title = &r["result"][0];
    assert_eq!(title["name"], "Dock Strike Spreads");
    assert_eq!(
        title["selectionRange"],
        json!({"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 21}})
    );
    assert_eq!(title["range"]["end"]["line"], 8);
    assert_eq!(title["children"][0]["name"], "Reaction");
    assert_eq!(title["children"][0]["range"]["start"]["line"], 6);

    // Hover on "Ruiz" in "Ruiz added": the card for Ana Ruiz, with both statements.
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 8, "character": 42}}),
    );
    let card = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(card.starts_with("**Ana Ruiz**"), "{card}");
    assert!(card.contains("Mentioned 2 times"), "{card}");
    assert!(
        card.contains("*Mayor*") && card.contains("Also: Ruiz"),
        "{card}"
    );
    assert!(card.contains("*added*"), "{card}");
    // No entity under the cursor: null.
    let none = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 0, "character": 3}}),
    );
    assert_eq!(none["result"], Value::Null);

    let ws = c.request("workspace/symbol", json!({"query": "rct"}));
    let names: Vec<&str> = ws["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Reaction"]);
    c.shutdown();
}

#[test]
fn flat_symbols_for_clients_without_hierarchy() {
    let mut c = Client::spawn();
    c.initialize(json!({}), Value::Null);
    c.open(URI, "markdown", STORY);
    let r = c.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": URI}}),
    );
    let names: Vec<(&str, Option<&str>)> = r["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["name"].as_str().unwrap(), s["containerName"].as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("Dock Strike Spreads", None),
            ("Reaction", Some("Dock Strike Spreads"))
        ]
    );
    assert_eq!(r["result"][0]["location"]["uri"], URI);
    c.shutdown();
}

#[test]
fn code_actions_edit_the_text_and_ignore_comments_silence_the_rule() {
    let mut c = Client::spawn();
    c.initialize(caps(), Value::Null);
    c.open(URI, "markdown", STORY);
    c.diagnostics(URI, 1);
    let r = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": URI}, "range": {"start": {"line": 2, "character": 40}, "end": {"line": 2, "character": 40}}, "context": {"diagnostics": []}}),
    );
    let actions = r["result"].as_array().unwrap();
    let titles: Vec<&str> = actions
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Add an attribution (“…, according to …”)",
            "Ignore unattributed-claim here",
            "Ignore unattributed-claim in this file"
        ]
    );
    let fix = &actions[0]["edit"]["changes"][URI][0];
    assert_eq!(fix["newText"], ", according to …");
    assert_eq!(fix["range"]["start"], json!({"line": 2, "character": 65}));

    // Apply "ignore here" as the editor would, then the warning is gone.
    let ignore = &actions[1]["edit"]["changes"][URI][0];
    assert_eq!(
        ignore["newText"],
        "<!-- copydesk-disable-next-line unattributed-claim -->\n"
    );
    assert_eq!(ignore["range"]["start"], json!({"line": 2, "character": 0}));
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": 2}, "contentChanges": [{"range": ignore["range"].clone(), "text": ignore["newText"].clone()}]}),
    );
    let diags = c.diagnostics(URI, 2);
    assert_eq!(codes(&diags), [("vague-source".into(), 5, 0)]);
    c.shutdown();
}

#[test]
fn configuration_from_initialization_options_and_changes_apply_without_restart() {
    let mut c = Client::spawn();
    c.initialize(caps(), json!({"rules": {"vague-source": {"enabled": false}, "unattributed-claim": {"severity": "error"}}, "debounceMs": 0}));
    c.open(URI, "markdown", STORY);
    let diags = c.diagnostics(URI, 1);
    assert_eq!(codes(&diags), [("unattributed-claim".into(), 2, 38)]);
    assert_eq!(diags[0]["severity"], 1);

    // A bad key is reported once by showMessage, and the good ones still apply.
    c.notify("workspace/didChangeConfiguration", json!({"settings": {"copydesk": {"rules": {"no-such-rule": {}, "unattributed-claim": {"enabled": false}}}}}));
    let shown = c.wait_for(|m| m["method"] == "window/showMessage", "a showMessage");
    assert!(
        shown["params"]["message"]
            .as_str()
            .unwrap()
            .contains("no-such-rule")
    );
    let diags = c.wait_for(
        |m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == URI,
        "re-published diagnostics",
    );
    assert_eq!(
        codes(diags["params"]["diagnostics"].as_array().unwrap()),
        [("vague-source".into(), 4, 0)]
    );
    c.shutdown();
}

#[test]
fn bad_input_never_kills_the_server() {
    let mut c = Client::spawn();
    c.initialize(caps(), Value::Null);
    // Malformed JSON, an unknown method, a change to a document never opened,
    // positions far past the end, and a language copydesk ignores.
    c.send_raw(b"{ this is not json");
    let unknown = c.request("copydesk/nonsense", json!({}));
    assert!(unknown.get("error").is_some());
    c.notify("textDocument/didChange", json!({"textDocument": {"uri": "file:///never.md", "version": 3}, "contentChanges": [{"text": "x"}]}));
    c.open("file:///tmp/code.rs", "rust", "fn main() {}");
    c.open(URI, "markdown", STORY);
    c.diagnostics(URI, 1);
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": 2}, "contentChanges": [{"range": {"start": {"line": 900, "character": 5}, "end": {"line": 901, "character": 0}}, "text": "\n\nCritics argue it is late."}]}),
    );
    let diags = c.diagnostics(URI, 2);
    assert!(
        codes(&diags)
            .iter()
            .any(|(code, line, _)| code == "vague-source" && *line == 11),
        "{diags:?}"
    );
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 4000, "character": 99}}),
    );
    assert!(hover.get("error").is_none());
    let unopened = c.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": "file:///tmp/code.rs"}}),
    );
    assert_eq!(unopened["result"], Value::Null);
    // A version going backwards is applied (the text is what the editor shows) and
    // logged.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": 1}, "contentChanges": [{"text": "Critics argue it is late.\n"}]}),
    );
    c.wait_for(
        |m| {
            m["method"] == "window/logMessage"
                && m["params"]["message"]
                    .as_str()
                    .is_some_and(|t| t.contains("version went from 2 to 1"))
        },
        "a log line about the version",
    );
    assert_eq!(
        codes(&c.diagnostics(URI, 1)),
        [("vague-source".into(), 0, 0)]
    );
    // The first inexact change was shown to the user once; the second only logged.
    let shown = |m: &Value| {
        m["method"] == "window/showMessage"
            && m["params"]["message"]
                .as_str()
                .is_some_and(|t| t.contains("could not apply exactly"))
    };
    c.wait_for(shown, "one message about the inexact change");
    assert!(!c.notifications.iter().any(shown), "{:?}", c.notifications);
    assert_eq!(c.shutdown(), Some(0));
}

#[test]
fn a_broken_configuration_file_is_reported_once_and_checking_goes_on() {
    let dir = std::env::temp_dir().join(format!("copydesk-badconf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join(".copydesk.toml"),
        "debounceMs = \"soon\"\n[rules.vague-source\nenabled = maybe\n",
    )
    .unwrap();
    let root = format!("file://{}", dir.display());
    let mut c = Client::spawn();
    c.request(
        "initialize",
        json!({"processId": null, "rootUri": root, "capabilities": caps(), "initializationOptions": {"debounceMs": 0}}),
    );
    c.notify("initialized", json!({}));
    let story = format!("{root}/story.md");
    c.open(&story, "markdown", STORY);
    let shown = c.wait_for(|m| m["method"] == "window/showMessage", "a showMessage");
    let message = shown["params"]["message"].as_str().unwrap();
    assert!(message.contains(".copydesk.toml"), "{message}");
    // Every rule still runs with its defaults.
    assert_eq!(
        codes(&c.diagnostics(&story, 1)),
        [
            ("unattributed-claim".into(), 2, 38),
            ("vague-source".into(), 4, 0)
        ]
    );
    // A second document under the same file does not repeat the message.
    let other = format!("{root}/other.md");
    c.open(&other, "markdown", STORY);
    c.diagnostics(&other, 1);
    assert!(
        !c.notifications
            .iter()
            .any(|m| m["method"] == "window/showMessage"),
        "{:?}",
        c.notifications
    );
    assert_eq!(c.shutdown(), Some(0));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn plain_text_articles_get_outline_and_diagnostics() {
    let mut c = Client::spawn();
    c.initialize(caps(), Value::Null);
    let uri = "file:///tmp/copydesk-test/brief.txt";
    c.open(uri, "plaintext", "Ferry Fares Rise Again\nThe increase came amid mounting frustration among commuters.\nFares rose 12 percent, according to the operator.\n‘A Hard Winter’\nOfficials said more sailings would be cut.\n");
    let diags = c.diagnostics(uri, 1);
    assert_eq!(
        codes(&diags),
        [
            ("unattributed-claim".into(), 1, 23),
            ("anonymous-source".into(), 4, 0)
        ]
    );
    let r = c.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(r["result"][0]["name"], "Ferry Fares Rise Again");
    assert_eq!(r["result"][0]["children"][0]["name"], "‘A Hard Winter’");
    c.shutdown();
}

/// An article where the tagger takes the ferry company "Kestrel" for a person.
const FERRY: &str = "# Ferry Cuts\n\nThe Harbour Trust said on Monday that fares would rise. Mara Lindqvist, who runs Kestrel, said the night crossing would end.\n\nLindqvist added that Kestrel would seek a subsidy.\n";

fn action_titled(actions: &Value, title: &str) -> Value {
    actions["result"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == title)
        .unwrap_or_else(|| panic!("no action {title:?} in {actions:#}"))
        .clone()
}

fn actions_at(c: &mut Client, uri: &str, line: u32, character: u32) -> Value {
    let at = json!({"line": line, "character": character});
    c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": {"start": at, "end": at}, "context": {"diagnostics": []}}),
    )
}

fn hover_at(c: &mut Client, uri: &str, line: u32, character: u32) -> Value {
    c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}),
    )["result"]
        .clone()
}

#[test]
fn entity_dictionary_actions_write_the_file_and_override_the_tagger() {
    let root = std::env::temp_dir().join(format!("copydesk-dict-lsp-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("desk")).unwrap();
    let root_uri = format!("file://{}", root.display());
    let uri = format!("{root_uri}/desk/ferry.md");
    let mut c = Client::spawn();
    let init = c.request(
        "initialize",
        json!({"processId": null, "rootUri": root_uri, "capabilities": caps(), "initializationOptions": {"debounceMs": 0}}),
    );
    assert_eq!(
        init["result"]["capabilities"]["executeCommandProvider"]["commands"],
        json!(["copydesk.addEntity", "copydesk.markNotEntity"])
    );
    c.notify("initialized", json!({}));
    c.open(&uri, "markdown", FERRY);
    c.diagnostics(&uri, 1);
    let kestrel = FERRY.lines().nth(2).unwrap().find("Kestrel").unwrap() as u32;
    assert!(
        hover_at(&mut c, &uri, 2, kestrel + 2)["contents"]["value"]
            .as_str()
            .unwrap()
            .starts_with("**Kestrel** · person")
    );

    // "Add as an organization" writes the dictionary; the article is re-analysed.
    let actions = actions_at(&mut c, &uri, 2, kestrel + 2);
    let add = action_titled(
        &actions,
        "Add “Kestrel” to the entity dictionary as an organization",
    );
    let command = &add["command"];
    let r = c.request(
        "workspace/executeCommand",
        json!({"command": command["command"], "arguments": command["arguments"]}),
    );
    assert!(r.get("error").is_none(), "{r}");
    let file = root.join(".copydesk-entities.toml");
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.contains("name = \"Kestrel\""), "{written}");
    assert!(written.contains("kind = \"organization\""), "{written}");
    let card = hover_at(&mut c, &uri, 4, 24);
    assert!(
        card["contents"]["value"]
            .as_str()
            .unwrap()
            .starts_with("**Kestrel** · organization"),
        "{card}"
    );

    // "Not an entity" on "Lindqvist" keeps the file's entry and removes the mention.
    let actions = actions_at(&mut c, &uri, 4, 3);
    let not = action_titled(
        &actions,
        "“Lindqvist” is not an entity: add it to the dictionary",
    );
    let r = c.request(
        "workspace/executeCommand",
        json!({"command": not["command"]["command"], "arguments": not["command"]["arguments"]}),
    );
    assert!(r.get("error").is_none(), "{r}");
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(
        written.contains("not-entities = [\"Lindqvist\"]"),
        "{written}"
    );
    assert!(written.contains("name = \"Kestrel\""), "{written}");
    // No entity card any more; the name is still shown as the sentence's source.
    let card = hover_at(&mut c, &uri, 4, 3);
    assert!(
        card["contents"]["value"]
            .as_str()
            .is_some_and(|v| !v.contains("· person") && v.contains("named source")),
        "{card}"
    );

    // A document from outside the workspace adds to the workspace's dictionary; no
    // file appears beside it.
    let elsewhere = std::env::temp_dir().join(format!("copydesk-elsewhere-{}", std::process::id()));
    std::fs::create_dir_all(&elsewhere).unwrap();
    let outside_uri = format!("file://{}/note.md", elsewhere.display());
    let r = c.request(
        "workspace/executeCommand",
        json!({"command": "copydesk.markNotEntity", "arguments": [{"uri": outside_uri, "name": "Harbour Trust"}]}),
    );
    assert!(r.get("error").is_none(), "{r}");
    assert!(!elsewhere.join(".copydesk-entities.toml").exists());
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("Harbour Trust")
    );
    let _ = std::fs::remove_dir_all(&elsewhere);

    // A dictionary configured outside the workspace is never written.
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"copydesk": {"debounceMs": 0, "entities": {"dictionary": "../outside-copydesk.toml"}}}}),
    );
    let missing = c.wait_for(|m| m["method"] == "window/showMessage", "a showMessage");
    assert!(
        missing["params"]["message"]
            .as_str()
            .unwrap()
            .contains("cannot read the entity dictionary"),
        "{missing}"
    );
    let r = c.request(
        "workspace/executeCommand",
        json!({"command": "copydesk.markNotEntity", "arguments": [{"uri": uri, "name": "Monday"}]}),
    );
    assert!(
        r["error"]["message"]
            .as_str()
            .unwrap()
            .contains("outside the workspace"),
        "{r}"
    );
    assert!(
        !root
            .parent()
            .unwrap()
            .join("outside-copydesk.toml")
            .exists()
    );
    // Bad arguments are an error, not a crash.
    let r = c.request(
        "workspace/executeCommand",
        json!({"command": "copydesk.addEntity", "arguments": ["nonsense"]}),
    );
    assert_eq!(r["error"]["code"], -32602, "{r}");
    assert_eq!(c.shutdown(), Some(0));
    let _ = std::fs::remove_dir_all(root);
}

#[test]
fn a_dictionary_edited_by_hand_applies_at_once_where_the_client_watches_files() {
    let root = std::env::temp_dir().join(format!("copydesk-watch-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    let root_uri = format!("file://{}", root.display());
    let uri = format!("{root_uri}/ferry.md");
    let mut c = Client::spawn();
    let mut capabilities = caps();
    capabilities["workspace"] = json!({"didChangeWatchedFiles": {"dynamicRegistration": true}});
    c.request(
        "initialize",
        json!({"processId": null, "rootUri": root_uri, "capabilities": capabilities, "initializationOptions": {"debounceMs": 0}}),
    );
    c.notify("initialized", json!({}));
    c.open(&uri, "markdown", FERRY);
    c.diagnostics(&uri, 1);
    let registered = c
        .server_requests
        .iter()
        .find(|r| r["method"] == "client/registerCapability")
        .expect("a registration for file watching")
        .clone();
    let watchers = &registered["params"]["registrations"][0]["registerOptions"]["watchers"];
    assert_eq!(
        *watchers,
        json!([{"globPattern": "**/.copydesk.toml"}, {"globPattern": "**/.copydesk-entities.toml"}])
    );
    let kestrel = FERRY.lines().nth(2).unwrap().find("Kestrel").unwrap() as u32 + 2;
    let kind = |c: &mut Client| {
        hover_at(c, &uri, 2, kestrel)["contents"]["value"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert!(kind(&mut c).starts_with("**Kestrel** · person"));
    // The writer fixes the kind by hand; the editor reports the file change.
    let file = root.join(".copydesk-entities.toml");
    std::fs::write(
        &file,
        "[[entity]]\nname = \"Kestrel\"\nkind = \"organization\"\n",
    )
    .unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": format!("{root_uri}/.copydesk-entities.toml"), "type": 1}]}),
    );
    c.wait_for(
        |m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri,
        "diagnostics after the dictionary changed",
    );
    assert!(kind(&mut c).starts_with("**Kestrel** · organization"));
    assert_eq!(c.shutdown(), Some(0));
    let _ = std::fs::remove_dir_all(root);
}
