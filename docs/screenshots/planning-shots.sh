#!/usr/bin/env bash
# Planning aids on the demo database as demo.admin, under Xvfb at 1366x768, in Indonesian and English:
# the calendar with the planning panel and the demo quiet period, and the blackout settings.
# Usage: docs/screenshots/planning-shots.sh   (after mvn -B -o test-compile; needs xvfb-run)
set -euo pipefail
cd "$(dirname "$0")/../.."
cp=$(mvn -B -q -o -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
for lang in id en; do
  for what in calendar settings; do
    suffix=$([ "$lang" = id ] && echo "" || echo "-en")
    xvfb-run -a -s "-screen 0 1366x768x24" bash -c \
      "java -cp 'target/test-classes:target/classes:$cp' id.warta.app.PlanningScreenshot $what $lang docs/screenshots/planning-$what$suffix.png"
  done
done
