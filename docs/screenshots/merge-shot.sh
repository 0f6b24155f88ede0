#!/usr/bin/env bash
# The merge dialog: demo.staf2 saved a new title, text and notes of a draft while demo.staf edited
# the same fields; demo.staf presses Save. Under Xvfb at 1366x768.
# Usage: docs/screenshots/merge-shot.sh [-Dshot.language=en]
#        (after mvn -B -o test-compile; needs xvfb-run and imagemagick; OUT=file.png to write elsewhere)
set -euo pipefail
cd "$(dirname "$0")/../.."
cp=$(mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
out=${OUT:-docs/screenshots/merge-dialog.png}
log=$(mktemp)
xvfb-run -a -s "-screen 0 1366x768x24" bash -c \
  "java $* -cp 'target/test-classes:target/classes:$cp' id.warta.app.MergeScreenshot >'$log' 2>&1 & p=\$!;
   for i in \$(seq 1 ${WAIT:-120}); do sleep 1; grep -q 'merge shown' '$log' && break; done;
   sleep 8; import -window root '$out'; kill \$p"
rm -f "$log"
