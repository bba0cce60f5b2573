//! The language server front end (`copydesk lsp`): LSP 3.17 over stdio on
//! tower-lsp-server. It translates between LSP and the engine and does no analysis
//! of its own.

mod actions;
mod commands;
mod convert;
mod documents;
mod framing;
mod hover;
mod memory;
mod server;
mod settings;

pub use convert::{Positions, publish_params};
pub use documents::{Applied, Change, MAX_ANALYSED_BYTES, Snapshot, Store};
pub use hover::card as hover_card;
pub use server::Backend;

use tokio::io::{AsyncRead, AsyncWrite};
use tower_lsp_server::{LspService, Server};

/// Serves LSP on standard input and output until the client says `exit`.
pub fn run() -> std::io::Result<()> {
    let filter = tracing_subscriber::EnvFilter::try_from_env("COPYDESK_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .try_init();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(serve(tokio::io::stdin(), tokio::io::stdout()));
    // Reading stdin blocks a thread that would hold the runtime open until the client
    // closes the pipe; after `exit` the process must end now.
    runtime.shutdown_background();
    Ok(())
}

/// Serves LSP over any byte streams (stdio in production, in-memory pipes in tests)
/// until the client says `exit` or closes `input`.
pub async fn serve(
    input: impl AsyncRead + Unpin + Send + 'static,
    output: impl AsyncWrite + Unpin,
) {
    let (outbox, queue) = framing::outbox();
    let for_backend = outbox.clone();
    let (service, socket) =
        LspService::new(move |client| Backend::new(client, for_backend.clone()));
    let (to_server, server_input) = tokio::io::duplex(1 << 16);
    tokio::spawn(framing::forward_valid_messages(input, to_server));
    // The framework writes into a pipe whose whole messages join the server's own
    // (large diagnostics, serialised once) on their way out.
    let (server_output, from_server) = tokio::io::duplex(1 << 16);
    tokio::spawn(framing::collect_frames(from_server, outbox));
    let server = async move {
        Server::new(server_input, server_output, socket)
            .concurrency_level(8)
            .serve(service)
            .await;
    };
    tokio::join!(server, framing::write_frames(queue, output));
}
