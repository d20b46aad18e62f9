#!/usr/bin/env bash
# Fork readiness: a fresh copy of this repository, with one lesson added by
# `npm run new:lesson`, must pass its own `npm test`.
set -euo pipefail
if [ "${LOOPLAB_IN_FORK_TEST:-}" = 1 ]; then
  echo "fork test: skipped inside the fork itself"
  exit 0
fi
here="$(cd "$(dirname "$0")/.." && pwd)"
fork="$(mktemp -d /tmp/looplab-fork-XXXXXX)"
trap 'rm -rf "$fork"' EXIT
cd "$here"
# The files a clone would have, as they are now; node_modules is shared, not reinstalled.
git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$fork" 2>/dev/null || true
ln -s "$here/node_modules" "$fork/node_modules"
cd "$fork"
npm run --silent new:lesson -- "Fork test: a lesson added by an instructor"
LOOPLAB_IN_FORK_TEST=1 npm test
echo "fork test: a copy with a new lesson passed npm test"
