//! A guard in front of the LSP transport: it reads framed messages from the client
//! and passes on only those that parse as JSON-RPC requests, notifications or
//! responses. The framework's decoder ends the whole input stream after one bad
//! message, so a single malformed message from an editor would otherwise stop the
//! server; here it costs a log line.

use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::sync::mpsc;
use tower_lsp_server::jsonrpc::{Request, Response};

/// Framed messages on their way to the client, in the order they were finished:
/// those the framework wrote, and those the server serialised itself. `None` says
/// the framework's output ended.
pub type Outbox = mpsc::Sender<Option<Vec<u8>>>;

/// Messages that may wait for a slow client before senders have to wait too.
const OUTBOX_CAPACITY: usize = 32;

/// The outbox and the receiving end that [`write_frames`] drains.
pub fn outbox() -> (Outbox, mpsc::Receiver<Option<Vec<u8>>>) {
    mpsc::channel(OUTBOX_CAPACITY)
}

/// The header block of a message of `length` bytes.
fn header(length: usize) -> String {
    format!("Content-Length: {length}\r\n\r\n")
}

/// A message whose body is `parts` joined, with its `Content-Length` header, built
/// in one buffer.
pub fn frame(parts: &[&[u8]]) -> Vec<u8> {
    let length = parts.iter().map(|p| p.len()).sum();
    let header = header(length);
    let mut out = Vec::with_capacity(header.len() + length);
    out.extend_from_slice(header.as_bytes());
    for part in parts {
        out.extend_from_slice(part);
    }
    out
}

/// Reads the framework's output one whole message at a time and queues it, so a
/// message the server writes itself never lands inside one of the framework's.
pub async fn collect_frames(from_framework: impl AsyncRead + Unpin, outbox: Outbox) {
    let mut input = BufReader::new(from_framework);
    let mut body = Vec::new();
    while let Some(length) = read_headers(&mut input).await {
        let Some(length) = length else { continue };
        if !read_body(&mut input, length, &mut body).await {
            break;
        }
        if outbox.send(Some(frame(&[&body]))).await.is_err() {
            return;
        }
        if body.capacity() > KEPT_CAPACITY {
            body = Vec::new();
        }
    }
    let _ = outbox.send(None).await;
}

/// Writes queued messages to the client until the framework's output ends.
pub async fn write_frames(
    mut queue: mpsc::Receiver<Option<Vec<u8>>>,
    mut output: impl AsyncWrite + Unpin,
) {
    while let Some(Some(message)) = queue.recv().await {
        if output.write_all(&message).await.is_err() || output.flush().await.is_err() {
            return;
        }
    }
    // As the framework does: the client reads the end of the stream.
    let _ = output.shutdown().await;
}

/// Largest message accepted (a 50 MB article in a `didOpen`, escaped, fits).
const MAX_MESSAGE: usize = 512 * 1024 * 1024;

/// Buffer capacity kept between messages; a larger buffer is freed after use.
const KEPT_CAPACITY: usize = 1 << 20;

/// Longest header line read as one; longer lines are junk, skipped in pieces.
const MAX_HEADER_LINE: usize = 8 * 1024;

/// Copies well-formed messages from `input` to `output` until `input` ends.
pub async fn forward_valid_messages(
    input: impl AsyncRead + Unpin,
    mut output: impl AsyncWrite + Unpin,
) {
    let mut input = BufReader::new(input);
    let mut body = Vec::new();
    loop {
        let Some(length) = read_headers(&mut input).await else {
            return;
        };
        let Some(length) = length else { continue };
        if length > MAX_MESSAGE {
            tracing::error!("dropped a message of {length} bytes (the limit is {MAX_MESSAGE})");
            if tokio::io::copy(
                &mut (&mut input).take(length as u64),
                &mut tokio::io::sink(),
            )
            .await
            .is_err()
            {
                return;
            }
            continue;
        }
        if !read_body(&mut input, length, &mut body).await {
            return;
        }
        let valid = serde_json::from_slice::<Request>(&body).is_ok()
            || serde_json::from_slice::<Response>(&body).is_ok();
        if !valid {
            let shown = String::from_utf8_lossy(&body[..body.len().min(120)]).into_owned();
            tracing::error!("dropped a malformed JSON-RPC message: {shown:?}");
            continue;
        }
        // Header and body written apart: a 50 MB body is not copied to join them.
        if output.write_all(header(length).as_bytes()).await.is_err()
            || output.write_all(&body).await.is_err()
        {
            return;
        }
        if body.capacity() > KEPT_CAPACITY {
            // One large didOpen must not pin its size in memory for the session.
            body = Vec::new();
        }
    }
}

/// Reads a body of `length` bytes into `body`, grown as bytes arrive so that a false
/// `Content-Length` costs no memory up front. False when the input ends first.
async fn read_body(
    input: &mut (impl AsyncRead + Unpin),
    length: usize,
    body: &mut Vec<u8>,
) -> bool {
    body.clear();
    matches!(input.take(length as u64).read_to_end(body).await, Ok(n) if n == length)
}

/// Reads one header block. `None` at the end of input; `Some(None)` when the block
/// had no usable `Content-Length`.
async fn read_headers(input: &mut (impl AsyncBufReadExt + Unpin)) -> Option<Option<usize>> {
    let mut length = None;
    let mut line = String::new();
    let mut saw_header = false;
    loop {
        line.clear();
        let mut raw = Vec::new();
        let read = (&mut *input)
            .take(MAX_HEADER_LINE as u64)
            .read_until(b'\n', &mut raw)
            .await
            .ok()?;
        if read == 0 {
            return None;
        }
        if read == MAX_HEADER_LINE && !raw.ends_with(b"\n") {
            // Not a header: a long run of junk. Read on, in bounded pieces.
            saw_header = true;
            continue;
        }
        line.push_str(&String::from_utf8_lossy(&raw));
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if saw_header {
                break;
            }
            continue;
        }
        saw_header = true;
        if let Some((name, value)) = trimmed.split_once(':')
            && name.trim().eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse::<usize>().ok();
        }
    }
    if length.is_none() {
        tracing::error!("dropped a message with no valid Content-Length header");
    }
    Some(length)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn passes_good_messages_and_drops_bad_ones() {
        let good = r#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#;
        let input = format!(
            "Content-Length: 5\r\n\r\n{{ no \r\nX-Junk: 1\r\n\r\nContent-Length: 2\r\n\r\n42Content-Length: {}\r\n\r\n{good}",
            good.len()
        );
        let mut out = Vec::new();
        forward_valid_messages(input.as_bytes(), &mut out).await;
        assert_eq!(
            String::from_utf8(out).unwrap(),
            format!("Content-Length: {}\r\n\r\n{good}", good.len())
        );
    }

    #[tokio::test]
    async fn survives_a_megabyte_of_junk_without_newlines_and_a_lying_length() {
        let good = r#"{"jsonrpc":"2.0","method":"exit"}"#;
        let mut input = vec![b'x'; 1 << 20];
        input.extend(format!("\r\n\r\nContent-Length: {}\r\n\r\n{good}", good.len()).bytes());
        let mut out = Vec::new();
        forward_valid_messages(&input[..], &mut out).await;
        assert!(String::from_utf8(out).unwrap().ends_with(good));

        // A length far beyond the bytes that follow ends the stream without allocating it.
        let lying = b"Content-Length: 500000000\r\n\r\n{}";
        let mut out = Vec::new();
        forward_valid_messages(&lying[..], &mut out).await;
        assert!(out.is_empty());
    }
}
