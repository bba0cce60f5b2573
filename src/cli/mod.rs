//! The command line: `check`, `analyze`, `outline`. A thin front end: it reads
//! files, runs the engine and formats what comes back.

mod check;
mod entities;
pub mod input;
pub mod model;
mod outline;

use crate::analysis::{Analyzer, Severity};
use crate::article::{Article, Format};
use crate::config::Config;
use clap::{Parser, Subcommand, ValueEnum};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// copydesk: the copy desk's attribution check for news articles.
#[derive(Parser, Debug)]
#[command(name = "copydesk", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Run the language server on standard input and output (what VS Code passes).
    #[arg(long)]
    stdio: bool,
    /// When to colour output.
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto)]
    color: ColorWhen,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check articles for unattributed claims, vague and anonymous sources and
    /// quotes with no speaker. With no FILE, checks a bundled example article.
    Check {
        /// Files to check (`-` reads standard input).
        files: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
        /// Exit with status 1 when a finding at or above this severity is reported.
        #[arg(long, value_enum, default_value_t = FailOn::Warning)]
        fail_on: FailOn,
        #[command(flatten)]
        read: ReadOptions,
    },
    /// Print the whole article model (sections, sentences, attribution, diagnostics) as JSON.
    Analyze {
        /// The article (`-` reads standard input).
        file: String,
        /// Output format (only JSON).
        #[arg(long, value_enum, default_value_t = ModelFormat::Json)]
        format: ModelFormat,
        #[command(flatten)]
        read: ReadOptions,
    },
    /// Print the article's people, organisations and places: names, aliases, descriptions.
    Entities {
        /// The article (`-` reads standard input).
        file: String,
        #[command(flatten)]
        read: ReadOptions,
    },
    /// Run the language server over standard input and output (LSP 3.17).
    Lsp {
        /// Accepted for clients that pass it; stdio is the only transport.
        #[arg(long)]
        stdio: bool,
    },
    /// Print the section tree (title, headings, subheadings).
    Outline {
        /// The article (`-` reads standard input).
        file: String,
        #[command(flatten)]
        read: ReadOptions,
    },
}

#[derive(clap::Args, Debug)]
struct ReadOptions {
    /// Replace invalid UTF-8 with U+FFFD instead of refusing the file.
    #[arg(long)]
    lossy: bool,
    /// Parse as this format instead of guessing from the file name.
    #[arg(long = "as", value_enum)]
    as_format: Option<FormatArg>,
    /// Use this configuration file instead of the nearest `.copydesk.toml`.
    #[arg(long)]
    config: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum OutputFormat {
    Text,
    Json,
    Sarif,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum ModelFormat {
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum FormatArg {
    Markdown,
    Plaintext,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum FailOn {
    Error,
    Warning,
    Information,
    Hint,
    Never,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum ColorWhen {
    Auto,
    Always,
    Never,
}

impl FailOn {
    fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Information => Some(Severity::Information),
            FailOn::Hint => Some(Severity::Hint),
            FailOn::Never => None,
        }
    }
}

/// Exit status for usage and I/O errors.
const EXIT_ERROR: u8 = 2;

/// Runs the command line; returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    anstream::ColorChoice::write_global(match cli.color {
        ColorWhen::Auto => anstream::ColorChoice::Auto,
        ColorWhen::Always => anstream::ColorChoice::Always,
        ColorWhen::Never => anstream::ColorChoice::Never,
    });
    let command = match (cli.command, cli.stdio) {
        (Some(command), _) => command,
        (None, true) => Command::Lsp { stdio: true },
        (None, false) => {
            use clap::CommandFactory;
            let _ = Cli::command().print_help();
            return ExitCode::from(EXIT_ERROR);
        }
    };
    match command {
        Command::Lsp { .. } => run_server(),
        Command::Check {
            files,
            format,
            fail_on,
            read,
        } => run_check(&files, format, fail_on, &read),
        Command::Analyze {
            file,
            format: ModelFormat::Json,
            read,
        } => run_single(&file, &read, |input, article, analyzer| {
            let analysis = analyzer.analyze(article, &input.text);
            let json = model::article(&input.name, &input.text, article, &analysis);
            let mut out = std::io::stdout().lock();
            serde_json::to_writer_pretty(&mut out, &json)?;
            writeln!(out)
        }),
        Command::Entities { file, read } => run_single(&file, &read, |input, article, analyzer| {
            let analysis = analyzer.analyze(article, &input.text);
            entities::write(
                &mut anstream::stdout().lock(),
                &analysis.entities(article, &input.text).entities,
                &input.text,
            )
        }),
        Command::Outline { file, read } => run_single(&file, &read, |input, article, _| {
            outline::write(
                &mut anstream::stdout().lock(),
                &article.sections,
                &input.text,
            )
        }),
    }
}

fn run_server() -> ExitCode {
    match crate::lsp::run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("copydesk: error: cannot start the language server: {e}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn format_of(read: &ReadOptions) -> Option<Format> {
    read.as_format.map(|f| match f {
        FormatArg::Markdown => Format::Markdown,
        FormatArg::Plaintext => Format::PlainText,
    })
}

/// Configurations by file and analyzers by configuration and dictionary file, each
/// read once, so each warning is printed once.
struct Configs {
    explicit: Option<PathBuf>,
    configs: HashMap<Option<PathBuf>, Config>,
    analyzers: HashMap<(Option<PathBuf>, Option<PathBuf>), Analyzer>,
}

impl Configs {
    fn new(explicit: Option<PathBuf>) -> Configs {
        Configs {
            explicit,
            configs: HashMap::new(),
            analyzers: HashMap::new(),
        }
    }

    fn analyzer(&mut self, input: &input::Input) -> &mut Analyzer {
        let cwd = std::env::current_dir().unwrap_or_default();
        // The document's absolute path (None for standard input and the example).
        let document = input.path.as_ref().map(|p| {
            if p.is_relative() {
                cwd.join(p)
            } else {
                p.clone()
            }
        });
        let file = self
            .explicit
            .clone()
            .or_else(|| Config::find_file(document.as_deref()?, None));
        let config = self
            .configs
            .entry(file.clone())
            .or_insert_with(|| read_config(file.as_deref(), &cwd));
        let dictionary = config.dictionary_file(document.as_deref(), None);
        self.analyzers.entry((file, dictionary)).or_insert_with(|| {
            let mut config = config.clone();
            for w in config.load_dictionary(document.as_deref(), None) {
                eprintln!("copydesk: warning: {w}");
            }
            Analyzer::new(config)
        })
    }
}

/// Reads a `.copydesk.toml` (or the defaults without one), printing its warnings.
fn read_config(file: Option<&Path>, cwd: &Path) -> Config {
    let mut config = Config::default();
    let Some(path) = file else {
        config.resolve_paths(cwd);
        return config;
    };
    match std::fs::read_to_string(path) {
        Ok(text) => {
            for w in config.merge_toml(&text) {
                eprintln!("copydesk: warning: {}: {w}", path.display());
            }
        }
        Err(e) => eprintln!("copydesk: warning: {}: cannot read: {e}", path.display()),
    }
    config.resolve_paths(path.parent().unwrap_or(cwd));
    config
}

fn run_check(
    files: &[String],
    format: OutputFormat,
    fail_on: FailOn,
    read: &ReadOptions,
) -> ExitCode {
    let mut configs = Configs::new(read.config.clone());
    let mut checked = Vec::new();
    let mut io_error = false;
    let inputs: Vec<Result<input::Input, String>> = if files.is_empty() {
        eprintln!(
            "copydesk: no file given; checking the bundled example {} (pass FILE… to check your own)",
            input::EXAMPLE_NAME
        );
        vec![Ok(input::example())]
    } else {
        files
            .iter()
            .map(|f| input::read(f, read.lossy, format_of(read)))
            .collect()
    };
    for input in inputs {
        match input {
            Ok(input) => {
                let article = Article::parse(&input.text, input.format);
                let findings = configs
                    .analyzer(&input)
                    .analyze(&article, &input.text)
                    .findings;
                checked.push(check::Checked {
                    name: input.name,
                    text: input.text,
                    findings,
                });
            }
            Err(e) => {
                eprintln!("copydesk: error: {e}");
                io_error = true;
            }
        }
    }
    let written = match format {
        OutputFormat::Text => {
            let mut out = anstream::stdout().lock();
            checked
                .iter()
                .try_for_each(|f| check::write_text(&mut out, f))
                .and_then(|_| {
                    let mut err = anstream::stderr().lock();
                    writeln!(err, "{}", check::summary(&checked))
                })
        }
        OutputFormat::Json => print_json(&check::json(&checked)),
        OutputFormat::Sarif => print_json(&check::sarif(&checked)),
    };
    if let Err(e) = written {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("copydesk: error: cannot write output: {e}");
        }
        return ExitCode::from(EXIT_ERROR);
    }
    if io_error {
        return ExitCode::from(EXIT_ERROR);
    }
    let failed = fail_on.threshold().is_some_and(|t| {
        checked
            .iter()
            .flat_map(|c| &c.findings)
            .any(|f| f.severity >= t)
    });
    ExitCode::from(u8::from(failed))
}

fn print_json(value: &serde_json::Value) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)
}

fn run_single(
    file: &str,
    read: &ReadOptions,
    show: impl FnOnce(&input::Input, &Article, &mut Analyzer) -> std::io::Result<()>,
) -> ExitCode {
    let input = match input::read(file, read.lossy, format_of(read)) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("copydesk: error: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let mut configs = Configs::new(read.config.clone());
    let article = Article::parse(&input.text, input.format);
    match show(&input, &article, configs.analyzer(&input)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("copydesk: error: cannot write output: {e}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}
