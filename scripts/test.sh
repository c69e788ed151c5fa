#!/usr/bin/env bash
# khabar's test command (the README's second command; .ci/run runs exactly this).
# Creates .venv if needed, installs khabar with its test tools (pinned), then
# lints and runs the whole test suite. Exit code 5 from pytest (no test
# collected) fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]'
.venv/bin/ruff check khabar tests benchmarks
# The store's tests run on SQLite and on a real PostgreSQL server: start a throwaway one unless
# KHABAR_TEST_PG names a server already; under CI=true a server must start, elsewhere it is optional.
if [ -z "${KHABAR_TEST_PG:-}" ]; then
  if pg=$(./scripts/pg.sh 2>/dev/null); then
    export KHABAR_TEST_PG="${pg% *}"
    trap './scripts/pg.sh stop "${pg#* }"' EXIT
  elif [ "${CI:-}" = "true" ]; then
    echo "could not start PostgreSQL for the store tests" >&2
    exit 1
  fi
fi
set +e
.venv/bin/python -m pytest "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
  echo "pytest collected no test: failing the run" >&2
  exit 1
fi
exit "$rc"
