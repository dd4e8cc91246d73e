-- Drives a language server from headless Neovim 0.7 (Debian 12) as a real, third-party LSP client.
-- Run through run-nvim.mjs, or by hand:
--   FOLLOWUP_LSP_CMD='["node","bin/followup-language-server.js","--stdio"]' FOLLOWUP_LSP_FILE=/tmp/x/draft.md \
--   nvim --headless -u NONE -c 'luafile test/e2e/nvim/lsp-harness.lua'
--
-- Environment (only FOLLOWUP_LSP_CMD and FOLLOWUP_LSP_FILE are required):
--   FOLLOWUP_LSP_CMD              JSON array (or a whitespace-separated string) that starts the server on stdio
--   FOLLOWUP_LSP_FILE             file to open
--   FOLLOWUP_LSP_ROOT             root_dir / workspace folder (default: the file's folder)
--   FOLLOWUP_LSP_FILETYPE         filetype to set (default: markdown)
--   FOLLOWUP_LSP_SETTINGS         JSON sent as the client's settings (workspace/configuration, didChangeConfiguration)
--   FOLLOWUP_LSP_TIMEOUT_MS       timeout for each wait (default 10000)
--   FOLLOWUP_LSP_DIAG_OUT         file: the first published diagnostics, one LSP Diagnostic JSON object a line
--   FOLLOWUP_LSP_ACTION_CODE      request code actions at the first diagnostic whose code equals this
--   FOLLOWUP_LSP_ACTION_TITLE     pick the first action whose title contains this (default: the first action)
--   FOLLOWUP_LSP_TEXT_OUT         file: the buffer text after the action was applied
--   FOLLOWUP_LSP_DIAG_AFTER_OUT   file: the diagnostics the server pushes after that edit (JSON lines)
--   FOLLOWUP_LSP_RESULT           file: a JSON summary {ok, error, steps, timings, ...}
--   FOLLOWUP_LSP_LOG_LEVEL        vim.lsp log level (default WARN; the log goes to $XDG_CACHE_HOME/nvim/lsp.log)
-- Exit status: 0 ok, 1 failure (message on stderr and in the summary). Every wait has a timeout and the
-- whole script runs under pcall, so a failure never leaves a headless nvim hanging.

local env = os.getenv
local t_start = vim.loop.hrtime()
local function ms() return math.floor((vim.loop.hrtime() - t_start) / 1e6) end

local json_encode = (vim.json and vim.json.encode) or vim.fn.json_encode
local json_decode = (vim.json and vim.json.decode) or vim.fn.json_decode

local summary = { ok = false, steps = {}, timings = {} }
local function step(name)
  table.insert(summary.steps, name)
  summary.timings[name] = ms()
end

local function write_file(path, text)
  local f = assert(io.open(path, 'wb'))
  f:write(text)
  f:close()
end

local function write_json_lines(path, items)
  local lines = {}
  for _, it in ipairs(items) do table.insert(lines, json_encode(it)) end
  write_file(path, table.concat(lines, '\n') .. (#lines > 0 and '\n' or ''))
end

local function wait_for(what, timeout, pred)
  local ok = vim.wait(timeout, pred, 10)
  if not ok then error(string.format('timed out after %d ms waiting for %s', timeout, what), 0) end
end

local client_id
local function main()
  local cmd_s = env('FOLLOWUP_LSP_CMD') or error('FOLLOWUP_LSP_CMD is not set', 0)
  local file = env('FOLLOWUP_LSP_FILE') or error('FOLLOWUP_LSP_FILE is not set', 0)
  local timeout = tonumber(env('FOLLOWUP_LSP_TIMEOUT_MS') or '') or 10000
  local cmd
  if cmd_s:sub(1, 1) == '[' then cmd = json_decode(cmd_s) else cmd = vim.split(vim.trim(cmd_s), '%s+') end
  file = vim.fn.fnamemodify(file, ':p')
  local root = env('FOLLOWUP_LSP_ROOT') or vim.fn.fnamemodify(file, ':h')
  local settings = env('FOLLOWUP_LSP_SETTINGS') and json_decode(env('FOLLOWUP_LSP_SETTINGS')) or {}
  vim.lsp.set_log_level(env('FOLLOWUP_LSP_LOG_LEVEL') or 'WARN')

  -- Raw LSP diagnostics (UTF-16 ranges, code, source) as the server published them, per publish.
  local publishes = {}
  local uri = vim.uri_from_fname(file)
  local function on_publish(err, result, ctx, config)
    if result and result.uri == uri then
      table.insert(publishes, { at = ms(), version = result.version, diagnostics = result.diagnostics or {} })
    end
    return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
  end

  local exited
  client_id = vim.lsp.start_client({
    name = 'e2e-harness',
    cmd = cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ':t') } },
    settings = settings,
    handlers = { ['textDocument/publishDiagnostics'] = on_publish },
    on_exit = function(code, signal) exited = { code = code, signal = signal } end,
  })
  if not client_id then error('vim.lsp.start_client failed for ' .. cmd_s, 0) end
  step('client_started')

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = env('FOLLOWUP_LSP_FILETYPE') or 'markdown'
  vim.lsp.buf_attach_client(bufnr, client_id)

  local client
  wait_for('the server to initialize', timeout, function()
    if exited then error(string.format('server exited during start-up (code %s, signal %s)', exited.code, exited.signal), 0) end
    client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized == true
  end)
  step('initialized')

  wait_for('the first diagnostics', timeout, function() return #publishes > 0 end)
  step('first_diagnostics')
  local diags = publishes[1].diagnostics
  summary.diagnostics_count = #diags
  if env('FOLLOWUP_LSP_DIAG_OUT') then write_json_lines(env('FOLLOWUP_LSP_DIAG_OUT'), diags) end
  -- cross-check: Neovim's own view of them (what a user sees)
  summary.nvim_diagnostics_count = #vim.diagnostic.get(bufnr)

  local want = env('FOLLOWUP_LSP_ACTION_CODE')
  if want then
    local target
    -- FOLLOWUP_LSP_ACTION_AT="LINE:CHARACTER" (0-based) picks the diagnostic starting there, when a line has
    -- several of the same code.
    local at = env('FOLLOWUP_LSP_ACTION_AT')
    local at_line, at_char
    if at then at_line, at_char = at:match('^(%d+):(%d+)$') end
    for _, d in ipairs(diags) do
      local here = not at_line or (d.range.start.line == tonumber(at_line) and d.range.start.character == tonumber(at_char))
      if d.code ~= nil and tostring(d.code) == want and here then target = d break end
    end
    if not target then error('no diagnostic with code ' .. want .. ' among ' .. #diags, 0) end
    local params = {
      textDocument = { uri = uri },
      range = target.range,
      context = { diagnostics = { target } },
    }
    local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, timeout)
    if not responses then error('textDocument/codeAction failed: ' .. tostring(err), 0) end
    local resp = responses[client_id]
    if not resp then error('no codeAction response from the server', 0) end
    if resp.error then error('codeAction error: ' .. json_encode(resp.error), 0) end
    local actions = resp.result or {}
    summary.action_titles = {}
    for _, a in ipairs(actions) do table.insert(summary.action_titles, a.title) end
    local title = env('FOLLOWUP_LSP_ACTION_TITLE')
    local action
    for _, a in ipairs(actions) do
      if not title or (a.title and a.title:find(title, 1, true)) then action = a break end
    end
    if not action then
      error(string.format('no code action%s for diagnostic %s (got: %s)', title and (' titled "' .. title .. '"') or '', want,
        table.concat(summary.action_titles, ' | ')), 0)
    end
    step('code_actions')
    summary.action_title = action.title

    -- resolve lazily computed edits when the server supports it
    local caps = client.server_capabilities or client.resolved_capabilities or {}
    local cap = caps.codeActionProvider
    if not action.edit and type(cap) == 'table' and cap.resolveProvider and action.command == nil then
      local r = client.request_sync('codeAction/resolve', action, timeout, bufnr)
      if not r or r.err then error('codeAction/resolve failed: ' .. json_encode(r and r.err or 'timeout'), 0) end
      action = r.result or action
    end

    local n_before = #publishes
    local changedtick = vim.api.nvim_buf_get_changedtick(bufnr)
    if action.edit then
      vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
    end
    local command = action.command
    if type(command) == 'string' then command = action end -- a bare Command
    if command and command.command then
      -- the server answers with workspace/applyEdit, which Neovim's default handler applies
      local r = client.request_sync('workspace/executeCommand',
        { command = command.command, arguments = command.arguments }, timeout, bufnr)
      if not r or r.err then error('workspace/executeCommand failed: ' .. json_encode(r and r.err or 'timeout'), 0) end
    end
    if not action.edit and not (command and command.command) then error('the chosen code action has neither edit nor command', 0) end
    step('action_applied')
    summary.buffer_changed = vim.api.nvim_buf_get_changedtick(bufnr) ~= changedtick

    local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
    local text = table.concat(lines, '\n')
    if vim.bo[bufnr].eol then text = text .. '\n' end
    if env('FOLLOWUP_LSP_TEXT_OUT') then write_file(env('FOLLOWUP_LSP_TEXT_OUT'), text) end

    if env('FOLLOWUP_LSP_DIAG_AFTER_OUT') then
      -- The first publish after the edit can still be about the old text (e.g. a re-check the server
      -- started on a configuration change): when the server says which version it checked, wait for
      -- the edited one.
      local edited_version = vim.lsp.util.buf_versions[bufnr]
      local after
      wait_for('diagnostics after the edit', timeout, function()
        for i = #publishes, n_before + 1, -1 do
          local v = publishes[i].version
          if v == nil or v == vim.NIL or edited_version == nil or v >= edited_version then after = publishes[i] return true end
        end
        return false
      end)
      step('diagnostics_after_edit')
      summary.edited_version = edited_version
      summary.version_after = after.version
      write_json_lines(env('FOLLOWUP_LSP_DIAG_AFTER_OUT'), after.diagnostics)
    end
  end
  summary.ok = true
end

local ok, err = pcall(main)
if not ok then summary.error = tostring(err) end
summary.timings.total = ms()

-- shut the server down politely (shutdown/exit), bounded
pcall(function()
  if client_id then
    local c = vim.lsp.get_client_by_id(client_id)
    if c then
      c.stop()
      vim.wait(2000, function() return c.is_stopped() end, 10)
      if not c.is_stopped() then c.stop(true) end
    end
  end
end)

pcall(function()
  if env('FOLLOWUP_LSP_RESULT') then write_file(env('FOLLOWUP_LSP_RESULT'), json_encode(summary) .. '\n') end
end)
if not ok then io.stderr:write('lsp-harness: ' .. tostring(err) .. '\n') end
io.stderr:flush()
os.exit(ok and 0 or 1)
