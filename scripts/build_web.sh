#!/usr/bin/env bash
# Builds web/dist only when a source file is newer than the last build.
set -euo pipefail
cd "$(dirname "$0")/../web" 2>/dev/null || exit 0
[ -f package.json ] || exit 0
if [ -f dist/index.html ] && [ -z "$(find src index.html package-lock.json vite.config.ts -newer dist/index.html 2>/dev/null | head -1)" ]; then
  exit 0
fi
npm run --silent build
