#!/usr/bin/env bash
# Makes sure a Chromium for the browser tests is installed: Playwright cannot download its own
# browser on these machines, so the tests use the system one (Debian's `chromium` package).
# Prints the path to use as CHROMIUM_PATH.
set -euo pipefail

for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium "$(command -v chromium || true)"; do
	if [ -n "$candidate" ] && [ -x "$candidate" ]; then
		echo "$candidate"
		exit 0
	fi
done

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
	echo "Installing Chromium from Debian's packages for the browser tests…" >&2
	apt-get update -qq >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
	echo /usr/bin/chromium
	exit 0
fi

echo "No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
