#!/usr/bin/env bash
# The post editor on a flagged demo post, as demo.staf, under Xvfb at 1366x768.
# Usage: docs/screenshots/editor-shot.sh   (after mvn -B -o test-compile; needs xvfb-run and imagemagick)
set -euo pipefail
cd "$(dirname "$0")/../.."
cp=$(mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
xvfb-run -a -s "-screen 0 1366x768x24" bash -c \
  "java -cp 'target/test-classes:target/classes:$cp' id.warta.app.EditorScreenshot & p=\$!; sleep ${WAIT:-20}; import -window root docs/screenshots/editor.png; kill \$p"
