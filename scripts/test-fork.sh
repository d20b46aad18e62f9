#!/usr/bin/env bash
# Fork readiness. An instructor's fork deletes every sample lesson, writes its own
# course file (new name, its own lessons, its own order) and adds lessons with
# `npm run new:lesson`. Only content/ changes, so this runs what reads content/:
# formatting of content/, the published build (which must print no warning and
# ship no test page), the platform's reader-facing browser tests against that
# build, and the fork's own content check (lint, types, a build with drafts, and
# every playground and exercise run in Chromium). The rest of `npm test` (unit
# tests, the browser tests on the platform's fixture course) never reads content/.
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
export LOOPLAB_IN_FORK_TEST=1

step() { printf '\nfork test: %s\n' "$*"; }

step "replace the sample course with the fork's own"
rm -rf content/lessons
cat > content/course.ts <<'COURSE'
import { defineCourse } from "../src/lib/define-course.ts";

export default defineCourse({
  title: "Fork Academy",
  tagline: "Threads for the impatient",
  home: "A course of the fork's own, on the same platform.",
  parts: [{ title: "Basics", lessons: [] }],
});
COURSE
npm run --silent new:lesson -- "Waiting together"
npm run --silent new:lesson -- "Working apart"
npm run --silent new:lesson -- "Not ready yet" --after waiting-together
grep -q '"waiting-together", "not-ready-yet", "working-apart"' content/course.ts ||
  { echo "new:lesson --after did not place the lesson in the middle:"; cat content/course.ts; exit 1; }

step "publish two lessons; the third stays a draft"
for id in waiting-together working-apart; do
  sed -i -e "s/^summary: .*/summary: \"The fork's lesson called $id.\"/" -e "s/^draft: true$/draft: false/" \
    "content/lessons/$id/index.mdx"
done

step "reorder and regroup by editing the course file only"
cat > content/course.ts <<'COURSE'
import { defineCourse } from "../src/lib/define-course.ts";

export default defineCourse({
  title: "Fork Academy",
  tagline: "Threads for the impatient",
  home: "A course of the fork's own, on the same platform.",
  parts: [
    {
      title: "Basics",
      chapters: [{ title: "Start here", lessons: ["working-apart", "waiting-together"] }],
    },
    { title: "Further", lessons: ["not-ready-yet"] },
  ],
});
COURSE
npx prettier --check content

step "published build: quiet, no test pages, no drafts"
if ! npm run build >build.log 2>&1; then cat build.log; exit 1; fi
if grep -n "WARN" build.log; then echo "the fork's build printed warnings"; exit 1; fi
test ! -e dist/fixtures || { echo "test pages shipped in the published build"; exit 1; }
test ! -e dist/lessons/not-ready-yet || { echo "a draft shipped in the published build"; exit 1; }

step "the platform's reader-facing browser tests, on the fork's course"
npx vitest run --config vitest.e2e.config.ts tests/e2e/site.test.ts

step "the fork's own content check, drafts included"
npm run check:content
echo "fork test: a fork with its own course, name and order passed"
