-- copydesk for Neovim 0.11+: put editors/nvim on the runtimepath and call
-- vim.lsp.enable('copydesk'). Settings go under `settings.copydesk`.
return {
  cmd = { vim.env.COPYDESK_BIN or 'copydesk', 'lsp' },
  filetypes = { 'markdown', 'text' },
  root_markers = { '.copydesk.toml', '.git' },
  settings = { copydesk = {} },
}
