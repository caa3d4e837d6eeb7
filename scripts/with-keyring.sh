#!/usr/bin/env bash
# Runs a command with a private, unlocked keyring on Linux, so tests use the real Secret
# Service without ever touching the user's own keyring. Elsewhere (macOS, Windows) the tests
# use a test-only service name in the real keychain and clean it up.
set -euo pipefail

if [ "$(uname -s)" != "Linux" ] || [ -n "${HOLIDAY_PREP_KEYRING:-}" ]; then
  exec "$@"
fi

for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "テストには $tool が必要です / the tests need $tool: sudo apt-get install dbus gnome-keyring libsecret-1-dev" >&2
    exit 1
  fi
done

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/data" "$dir/run" "$dir/config" "$dir/cache"
chmod 700 "$dir/run"
export XDG_DATA_HOME="$dir/data" XDG_RUNTIME_DIR="$dir/run" XDG_CONFIG_HOME="$dir/config" XDG_CACHE_HOME="$dir/cache"
export HOLIDAY_PREP_KEYRING=private

# shellcheck disable=SC2016
dbus-run-session -- bash -c '
  printf %s "test-unlock" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"
' keyring "$@"
