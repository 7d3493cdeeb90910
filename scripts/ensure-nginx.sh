#!/usr/bin/env bash
# Makes sure nginx is installed for the throughput benchmark (bench/throughput.ts compares the
# app with nginx serving the same bytes). Debian's `nginx` package, as for Chromium.
set -euo pipefail

if [ -x /usr/sbin/nginx ]; then
	exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
	echo "Installing nginx from Debian's packages for the throughput benchmark…" >&2
	apt-get update -qq >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >&2
	exit 0
fi

echo "No nginx at /usr/sbin/nginx. Install it (Debian/Ubuntu: sudo apt-get install nginx)." >&2
exit 1
