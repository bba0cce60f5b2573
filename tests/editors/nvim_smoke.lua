-- Headless Neovim test of copydesk through editors/nvim.
-- Run from the repository root:
--   COPYDESK_BIN=target/debug/copydesk nvim --clean --headless -l tests/editors/nvim_smoke.lua        (0.9+)
--   COPYDESK_BIN=target/debug/copydesk nvim --clean --headless -c 'luafile tests/editors/nvim_smoke.lua' (0.7)
-- On 0.11+ it uses lsp/copydesk.lua with vim.lsp.enable; on older versions require('copydesk').setup().
-- Exit 0 = pass; any failure prints FAIL and exits 1.
local root = vim.fn.getcwd()
vim.o.runtimepath = root .. '/editors/nvim,' .. vim.o.runtimepath
local doc = root .. '/tests/editors/fixtures/story.md'

local function fail(msg)
  io.stderr:write('FAIL: ' .. msg .. '\n')
  vim.cmd('cquit 1')
end

local function check(cond, msg)
  if not cond then
    fail(msg)
  end
  return cond
end

if os.getenv('COPYDESK_NVIM_DEBUG') then vim.lsp.set_log_level('debug') end
local modern = vim.lsp.config ~= nil and vim.lsp.enable ~= nil
if modern then
  vim.lsp.enable('copydesk')
else
  require('copydesk').setup()
end
vim.cmd('edit ' .. vim.fn.fnameescape(doc))
local buf = vim.api.nvim_get_current_buf()
local function clients()
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = buf, name = 'copydesk' })
  end
  return vim.lsp.buf_get_clients(buf)
end

if not vim.wait(15000, function() return #clients() > 0 end, 20) then
  return fail('copydesk did not attach (filetype ' .. vim.bo[buf].filetype .. ')')
end
if not vim.wait(15000, function() return #vim.diagnostic.get(buf) >= 2 end, 20) then
  return fail('no diagnostics from copydesk')
end

local diags = vim.diagnostic.get(buf)
table.sort(diags, function(a, b) return a.lnum < b.lnum end)
-- Columns here are bytes: Neovim converted them from the encoding it negotiated.
check(diags[1].lnum == 2 and diags[1].col == 44, ('unattributed-claim at 2:44, got %d:%d'):format(diags[1].lnum, diags[1].col))
check(diags[1].code == 'unattributed-claim', 'first code ' .. tostring(diags[1].code))
check(diags[1].source == 'copydesk', 'source ' .. tostring(diags[1].source))
check(diags[2] and diags[2].lnum == 4 and diags[2].code == 'vague-source', 'vague-source on line 4, got ' .. vim.inspect(diags))

local uri = vim.uri_from_bufnr(buf)
local function first_result(resp)
  for _, r in pairs(resp or {}) do
    return r.result
  end
end
-- "Ruiz" in "Ruiz added" (line 8); the same column in bytes and UTF-16 on this ASCII line.
local hover = first_result(vim.lsp.buf_request_sync(buf, 'textDocument/hover',
  { textDocument = { uri = uri }, position = { line = 8, character = 42 } }, 5000))
check(hover and hover.contents and hover.contents.value:find('**Ana Ruiz**', 1, true), 'hover card for Ana Ruiz')
local symbols = first_result(vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol',
  { textDocument = { uri = uri } }, 5000))
check(symbols and symbols[1].name == 'Dock Strike Spreads', 'title symbol')
check(symbols[1].children and symbols[1].children[1].name == 'Reaction', 'subheading symbol')

-- An edit sends didChange; the vague source disappears.
vim.api.nvim_buf_set_lines(buf, 4, 5, false, { 'Ruiz said the port will suffer.' })
if not vim.wait(15000, function() return #vim.diagnostic.get(buf) == 1 end, 20) then
  return fail('diagnostics not updated after the edit (' .. #vim.diagnostic.get(buf) .. ')')
end

local v = vim.version()
io.stdout:write(('PASS: neovim %d.%d.%d %s\n'):format(v.major, v.minor, v.patch, modern and '(vim.lsp.enable)' or "(require('copydesk').setup)"))
vim.lsp.stop_client(clients())
vim.wait(3000, function() return #clients() == 0 end, 20)
vim.cmd('qall!')
