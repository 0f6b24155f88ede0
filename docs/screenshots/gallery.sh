#!/usr/bin/env bash
# Every main screen (calendar, review, reports, settings) of the real window on a fresh demo
# database at 1366x768 and 1920x1080, light and dark, Indonesian and English:
# docs/screenshots/gallery/<screen>-<width>-<theme>-<language>.png (see ScreenGallery).
# Usage: mvn -B -o test-compile && docs/screenshots/gallery.sh   (needs xvfb-run)
set -euo pipefail
cd "$(dirname "$0")/../.."
cp=$(mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
xvfb-run -a -s "-screen 0 1920x1080x24" \
  java -cp "target/test-classes:target/classes:$cp" id.warta.app.ScreenGallery docs/screenshots/gallery
