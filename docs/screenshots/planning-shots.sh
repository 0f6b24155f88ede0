#!/usr/bin/env bash
# Planning aids on the demo database as demo.admin, under Xvfb at 1366x768, in Indonesian and English:
# the calendar with the planning panel and the demo quiet period, and the blackout settings.
# Usage: docs/screenshots/planning-shots.sh   (after mvn -B -o test-compile; needs xvfb-run)
set -euo pipefail
cd "$(dirname "$0")/../.."
cp=$(mvn -B -q -o -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
for shot in "calendar id planning-calendar" "settings id planning-settings" \
            "calendar en planning-calendar-en" "settings en planning-settings-en"; do
  set -- $shot
  xvfb-run -a -s "-screen 0 1366x768x24" \
    java -cp "target/test-classes:target/classes:$cp" id.warta.app.PlanningScreenshot "$1" "$2" "docs/screenshots/$3.png"
done
