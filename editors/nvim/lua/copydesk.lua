-- copydesk for Neovim: require('copydesk').setup({ cmd = …, settings = … }).
-- On 0.11+ it uses vim.lsp.config/enable with lsp/copydesk.lua; on 0.8–0.10
-- vim.lsp.start; on 0.7 vim.lsp.start_client.
local M = {}

local function default_cmd()
  return { vim.env.COPYDESK_BIN or 'copydesk', 'lsp' }
end

local function root_dir(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  if vim.fs and vim.fs.find then
    local found = vim.fs.find({ '.copydesk.toml', '.git' }, { upward = true, path = vim.fs.dirname(name) })[1]
    if found then
      return vim.fs.dirname(found)
    end
  end
  return vim.fn.getcwd()
end

function M.setup(opts)
  opts = opts or {}
  local settings = { copydesk = opts.settings or {} }
  if vim.lsp.config and vim.lsp.enable then
    vim.lsp.config('copydesk', { cmd = opts.cmd or default_cmd(), settings = settings })
    vim.lsp.enable('copydesk')
    return
  end
  vim.api.nvim_create_autocmd('FileType', {
    pattern = { 'markdown', 'text' },
    callback = function(ev)
      local bufnr = ev.buf
      local config = {
        name = 'copydesk',
        cmd = opts.cmd or default_cmd(),
        root_dir = root_dir(bufnr),
        settings = settings,
        init_options = settings.copydesk,
      }
      if vim.lsp.start then
        vim.lsp.start(config, { bufnr = bufnr })
      else
        M._client = M._client or vim.lsp.start_client(config)
        vim.lsp.buf_attach_client(bufnr, M._client)
      end
    end,
  })
end

return M
