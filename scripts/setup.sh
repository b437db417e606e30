#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian/Ubuntu machine: git, ansible-core and etcd
# from the distribution, then the npm dependencies exactly as locked (including Node 24,
# which the npm scripts run on, and Node 22, the other line the CLI is tested on).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(git ansible-core etcd-server etcd-client)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "Installing Debian packages: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
for cmd in git ansible-playbook ansible-inventory etcd etcdctl; do
  command -v "$cmd" >/dev/null || { echo "setup: $cmd is still missing after installing packages" >&2; exit 1; }
done

npm ci --no-audit --no-fund
node24=$(npm exec --offline -- node --version)
case "$node24" in
  v24.*) echo "npm scripts run on Node $node24" ;;
  *) echo "setup: expected the node@24 dev dependency to provide Node 24, got $node24" >&2; exit 1 ;;
esac
# The CLI is also supported, and tested, on the Node 22 LTS line (vitest project cli-node22).
node22=$(node_modules/node22/bin/node --version 2>/dev/null || true)
case "$node22" in
  v22.*) echo "the CLI tests also run on Node $node22" ;;
  *) echo "setup: expected the node22 dev dependency to provide Node 22, got '$node22'" >&2; exit 1 ;;
esac
