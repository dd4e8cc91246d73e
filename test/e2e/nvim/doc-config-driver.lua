-- Runs in headless Neovim after the user config taken from docs/editors.md (loaded with -u): opens the
-- files in FOLLOWUP_DOC_FILES (a JSON list), and, when FOLLOWUP_DOC_EXPECT_SERVER=1, waits for the
-- diagnostics of the first one. Writes a JSON summary to FOLLOWUP_DOC_RESULT: the diagnostics Neovim holds
-- (with their LSP codes), the followup client's init_options and settings as the config gave them, every
-- vim.notify message, and Neovim's own error message and :messages (a Lua traceback would be there).
-- Always ends with :qa!, under pcall, so a failure never leaves nvim running.
local summary = { notes = {} }
vim.notify = function(msg, level) table.insert(summary.notes, { msg = tostring(msg), level = level }) end

local ok, err = pcall(function()
  local files = vim.fn.json_decode(os.getenv('FOLLOWUP_DOC_FILES'))
  local timeout = tonumber(os.getenv('FOLLOWUP_DOC_TIMEOUT_MS') or '') or 20000
  vim.cmd('filetype on')
  local first
  for i, file in ipairs(files) do
    vim.cmd('edit ' .. vim.fn.fnameescape(file))
    if i == 1 then first = vim.api.nvim_get_current_buf() end
  end
  summary.filetype = vim.bo[first].filetype
  if os.getenv('FOLLOWUP_DOC_EXPECT_SERVER') == '1' then
    local got = vim.wait(timeout, function() return #vim.diagnostic.get(first) > 0 end, 20)
    if not got then error('no diagnostics within ' .. timeout .. ' ms', 0) end
  end
  summary.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(first)) do
    local lsp = (d.user_data and d.user_data.lsp) or {}
    table.insert(summary.diagnostics, { code = lsp.code, line = d.lnum, col = d.col, source = d.source })
  end
  summary.clients = {}
  for _, client in pairs(vim.lsp.get_active_clients()) do
    table.insert(summary.clients, { name = client.name, init_options = client.config.init_options, settings = client.config.settings })
  end
end)

summary.ok = ok
if not ok then summary.error = tostring(err) end
summary.errmsg = vim.v.errmsg
summary.messages = vim.fn.execute('messages')
local out = assert(io.open(os.getenv('FOLLOWUP_DOC_RESULT'), 'wb'))
out:write(vim.fn.json_encode(summary))
out:close()
vim.cmd('qa!')
