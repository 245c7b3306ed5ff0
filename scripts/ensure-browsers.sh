#!/usr/bin/env bash
# The browser tests need Debian's Chromium and Firefox ESR. Install them when missing (the
# machines run as root); otherwise stop and say how. Never skip the browser tests silently.
set -euo pipefail
need=()
[ -x /usr/lib/chromium/chromium ] || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${need[*]} from Debian's packages for the browser tests..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "The browser tests need ${need[*]}: run  sudo apt-get install -y chromium firefox-esr" >&2
  exit 1
fi
