#!/usr/bin/env bash
# Runs every test: unit and server tests on the embedded PGlite, the content checks, the
# browser tests against the built server, a short load run, the unit tests and one browser
# journey again on Node 24 LTS, and the server tests and the short load run again on PostgreSQL
# (directly and through PgBouncer in transaction mode) when one answers on 127.0.0.1:5432.
# Ends with one summary line; fails if anything failed or nothing ran.
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)"
export CHROMIUM_PATH
rm -rf reports && mkdir -p reports

PG_URL="${POSTGRES_TEST_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
# The pooler tests need PgBouncer (installed here as root when missing); without it they say so.
if node scripts/postgres-answers.mjs "$PG_URL" && PGBOUNCER_PATH="$(bash scripts/ensure-pgbouncer.sh)"; then
	export PGBOUNCER_PATH
else
	unset PGBOUNCER_PATH
fi

echo "== Unit and server tests (PGlite)"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit-pglite.json

echo "== Content checks"
npm run -s content:check

echo "== Build"
npx vite build > reports/build.log 2>&1 || { cat reports/build.log; exit 1; }

echo "== Browser tests (built server, Chromium)"
PLAYWRIGHT_JSON_OUTPUT_FILE=reports/e2e.json npx playwright test --reporter=list,json

echo "== Short load run (20 signed-in learners for 10 s on the built server; bench/ has the full one)"
npx tsx bench/load.ts --learners 20 --seconds 10

echo "== Node 24 LTS: unit and server tests, and one browser journey on a server running on it"
if node -e 'process.exit(process.versions.node.startsWith("24.") ? 0 : 1)'; then
	echo "skipped: this run is already on Node $(node --version)"
else
	NODE24="$(bash scripts/ensure-node24.sh)"
	echo "$("$NODE24" --version) at $NODE24"
	"$NODE24" node_modules/vitest/vitest.mjs run --reporter=dot --reporter=json \
		--outputFile.json=reports/unit-node24.json
	E2E_NODE="$NODE24" PLAYWRIGHT_JSON_OUTPUT_FILE=reports/e2e-node24.json \
		"$NODE24" node_modules/@playwright/test/cli.js test tests/e2e/account/account.spec.ts \
		-g 'a new learner signs up, reads a lesson and logs out' --reporter=list,json
fi

echo "== Server tests on PostgreSQL"
if node scripts/postgres-answers.mjs "$PG_URL"; then
	TEST_DATABASE_URL="$PG_URL" npx vitest run --reporter=default --reporter=json \
		--outputFile.json=reports/unit-postgres.json
	echo "== Short load run on PostgreSQL (a fresh database, dropped after)"
	npx tsx bench/load.ts --learners 20 --seconds 10 --fresh-postgres "$PG_URL"
	echo "== Short load run on PostgreSQL through PgBouncer in transaction mode (?prepare=false)"
	if [ -n "${PGBOUNCER_PATH:-}" ]; then
		npx tsx bench/load.ts --learners 20 --seconds 10 --fresh-postgres "$PG_URL" --pgbouncer
	else
		echo "skipped: PgBouncer is not installed and could not be installed here (scripts/ensure-pgbouncer.sh)"
	fi
else
	echo "skipped: no Postgres answered at $(node -e 'const u=new URL(process.argv[1]);console.log(u.host)' "$PG_URL"); the PGlite run above covered the same tests"
fi

node scripts/test-summary.mjs reports
