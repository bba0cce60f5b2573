//! Text and positions: byte spans, the line index that converts byte offsets to
//! line/column positions in every encoding an editor may ask for, and the rope
//! buffer the language server edits in place.
//!
//! Inside the engine every position is a byte offset into the source. Conversions
//! happen only at the edges (command-line output, LSP), through [`LineIndex`].

mod buffer;
mod line_index;
mod span;

pub use buffer::{Buffer, EditError};
pub use line_index::{LineIndex, Position, PositionEncoding};
pub use span::Span;
