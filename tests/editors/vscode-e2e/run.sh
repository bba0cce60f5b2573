#!/usr/bin/env bash
# End-to-end test in a real VS Code: code-server serves a workspace, headless Chromium
# loads the workbench, the packaged copydesk extension and a probe extension run in its
# extension host, and check.mjs asserts on what the probe saw.
# Needs: CODE_SERVER (code-server binary, run with Node 24 on PATH), EXT_VSIX, COPYDESK_BIN.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
CS=${CODE_SERVER:?CODE_SERVER must point at code-server}
: "${EXT_VSIX:?EXT_VSIX must point at the packaged extension}" "${COPYDESK_BIN:?}"
WORK=$(mktemp -d)
trap 'kill ${CH_PID:-} ${CS_PID:-} 2>/dev/null || true' EXIT
mkdir -p "$WORK/ws" "$WORK/ext" "$WORK/data"
cp "$ROOT/tests/editors/fixtures/story.md" "$WORK/ws/story.md"

(cd "$HERE/probe" && "$ROOT/editors/vscode/node_modules/.bin/vsce" package --no-dependencies -o "$WORK/probe.vsix" >/dev/null)
"$CS" --extensions-dir "$WORK/ext" --user-data-dir "$WORK/data" --install-extension "$EXT_VSIX" >/dev/null
"$CS" --extensions-dir "$WORK/ext" --user-data-dir "$WORK/data" --install-extension "$WORK/probe.vsix" >/dev/null

export COPYDESK_E2E_DOC="$WORK/ws/story.md" COPYDESK_E2E_OUT="$WORK/result.json" COPYDESK_BIN
PORT=${PORT:-$((20000 + RANDOM % 20000))}
"$CS" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --extensions-dir "$WORK/ext" --user-data-dir "$WORK/data" "$WORK/ws" \
  >"$WORK/code-server.log" 2>&1 &
CS_PID=$!
for _ in $(seq 1 150); do
  curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$WORK/chrome" --remote-debugging-port=0 \
  "http://127.0.0.1:$PORT/?folder=$WORK/ws" >"$WORK/chromium.log" 2>&1 &
CH_PID=$!
for _ in $(seq 1 900); do # 180 s
  [ -s "$COPYDESK_E2E_OUT" ] && break
  sleep 0.2
done
if [ ! -s "$COPYDESK_E2E_OUT" ]; then
  echo "FAIL: the probe wrote nothing in 180 s; logs in $WORK" >&2
  exit 1
fi
node "$HERE/check.mjs" "$COPYDESK_E2E_OUT"
