#!/usr/bin/env bash
# Runs every test: unit and server tests on the embedded PGlite, the content checks, the
# browser tests against the built server, a short load run, and the server tests and the short
# load run again on PostgreSQL when one answers on 127.0.0.1:5432. Ends with one summary line; fails if anything failed or nothing ran.
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)"
export CHROMIUM_PATH
rm -rf reports && mkdir -p reports

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

echo "== Server tests on PostgreSQL"
PG_URL="${POSTGRES_TEST_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
if node scripts/postgres-answers.mjs "$PG_URL"; then
	TEST_DATABASE_URL="$PG_URL" npx vitest run --reporter=default --reporter=json \
		--outputFile.json=reports/unit-postgres.json
	echo "== Short load run on PostgreSQL (a fresh database, dropped after)"
	npx tsx bench/load.ts --learners 20 --seconds 10 --fresh-postgres "$PG_URL"
else
	echo "skipped: no Postgres answered at $(node -e 'const u=new URL(process.argv[1]);console.log(u.host)' "$PG_URL"); the PGlite run above covered the same tests"
fi

node scripts/test-summary.mjs reports
