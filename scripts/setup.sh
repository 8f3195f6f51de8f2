#!/usr/bin/env bash
# Set up a fresh machine for policy-kg: pnpm (pinned in package.json) and the workspace's
# dependencies, and Debian's chromium for the explorer tests. Idempotent; safe to run before every command.
set -euo pipefail
cd "$(dirname "$0")/.."
want=$(node -p 'require("./package.json").packageManager.split("@")[1]')
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$want" ]; then
  echo "setup: installing pnpm@$want" >&2
  npm install -g "pnpm@$want" >/dev/null 2>&1 || npm install -g "pnpm@$want"
fi
pnpm install --frozen-lockfile --reporter=silent

# Debian's chromium (the explorer's end-to-end tests drive it with playwright-core) and a CJK font
# (so Chinese labels render). Skipped when present; needs root and apt-get.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
{ command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh family 2>/dev/null)" ]; } || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing ${need[*]} (apt-get)" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "setup: ${need[*]} missing; install them (Debian: apt-get install ${need[*]}) for the explorer's end-to-end tests" >&2
  fi
fi
