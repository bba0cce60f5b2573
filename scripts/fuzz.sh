#!/usr/bin/env bash
# Runs every fuzz target for a bounded time: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
# (default 20 s each, all targets). Needs cargo-fuzz (`cargo install cargo-fuzz --locked`);
# on a stable toolchain RUSTC_BOOTSTRAP=1 lets it pass -Zsanitizer=address.
# The working corpus lives in target/fuzz-corpus, seeded from examples/. A crash
# stops the run with the input saved under fuzz/artifacts/TARGET/; copy it into
# fuzz/regressions/TARGET/ so `cargo test --test fuzz_regressions` replays it forever.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(parse analyze edits lsp_stream)
export RUSTC_BOOTSTRAP=1
cargo fuzz build -O
mkdir -p target/fuzz-logs
for t in "${targets[@]}"; do
  corpus="target/fuzz-corpus/$t"
  mkdir -p "$corpus"
  # Seeds: each example as Markdown (first byte even) and as plain text (odd).
  for f in examples/*.md examples/*.txt fuzz/regressions/"$t"/*; do
    [ -f "$f" ] || continue
    name=$(basename "$f")
    { printf '\0'; cat "$f"; } >"$corpus/seed-md-$name"
    { printf '\1'; cat "$f"; } >"$corpus/seed-txt-$name"
  done
  echo "fuzz: $t for ${seconds}s"
  log="target/fuzz-logs/$t.log"
  if ! cargo fuzz run -O "$t" "$corpus" -- -max_total_time="$seconds" -max_len=65536 \
    -timeout=30 -rss_limit_mb=4096 >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "fuzz: $t found a failure; the input is under fuzz/artifacts/$t/" >&2
    exit 1
  fi
  grep -E "^Done [0-9]+ runs" "$log" || tail -n 2 "$log"
done
echo "fuzz: all targets ran clean"
