#!/usr/bin/env bash
# Set up a fresh machine for policy-kg: pnpm (pinned in package.json) and the workspace's
# dependencies. Idempotent; safe to run before every command.
set -euo pipefail
cd "$(dirname "$0")/.."
want=$(node -p 'require("./package.json").packageManager.split("@")[1]')
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$want" ]; then
  echo "setup: installing pnpm@$want" >&2
  npm install -g "pnpm@$want" >/dev/null 2>&1 || npm install -g "pnpm@$want"
fi
pnpm install --frozen-lockfile --reporter=silent
