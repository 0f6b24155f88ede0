#!/usr/bin/env bash
# The post editor on a flagged demo post, as demo.staf, under Xvfb at 1366x768, with an attached
# poster still without alt text, a link with UTM parameters and the per-channel previews.
# Usage: docs/screenshots/editor-shot.sh [java options, e.g. -Dshot.language=en -Dshot.tab=link]
#        (after mvn -B -o test-compile; needs xvfb-run and imagemagick; OUT=file.png to write elsewhere)
set -euo pipefail
cd "$(dirname "$0")/../.."
cp=$(mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
out=${OUT:-docs/screenshots/editor.png}
log=$(mktemp)
xvfb-run -a -s "-screen 0 1366x768x24" bash -c \
  "java $* -cp 'target/test-classes:target/classes:$cp' id.warta.app.EditorScreenshot >'$log' 2>&1 & p=\$!;
   for i in \$(seq 1 ${WAIT:-120}); do sleep 1; grep -q 'editor shown' '$log' && break; done;
   sleep 8; import -window root '$out'; kill \$p"
rm -f "$log"
