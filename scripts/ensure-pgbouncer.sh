#!/usr/bin/env bash
# Prints the path of a PgBouncer binary, installing Debian's `pgbouncer` package when it is
# missing and this runs as root. Exits 1 with one line saying why when there is none; the
# pooler tests then say they were skipped. PGBOUNCER_PATH points at another binary.
set -euo pipefail

find_pgbouncer() {
	for candidate in "${PGBOUNCER_PATH:-}" /usr/sbin/pgbouncer /usr/bin/pgbouncer "$(command -v pgbouncer || true)"; do
		if [ -n "$candidate" ] && [ -x "$candidate" ]; then
			echo "$candidate"
			return 0
		fi
	done
	return 1
}

if find_pgbouncer; then exit 0; fi

if [ "$(id -u)" = "0" ] && command -v apt-get > /dev/null; then
	echo "Installing PgBouncer (Debian package pgbouncer)…" >&2
	{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgbouncer; } > /dev/null 2>&1 || true
	if find_pgbouncer; then exit 0; fi
fi

echo "PgBouncer is not installed and could not be installed here (install the pgbouncer package, or set PGBOUNCER_PATH)" >&2
exit 1
