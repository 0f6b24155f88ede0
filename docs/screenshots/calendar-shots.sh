#!/usr/bin/env bash
# Month and week screenshots of the calendar on a fresh demo database, under Xvfb at 1366x768.
# Usage: docs/screenshots/calendar-shots.sh   (after mvn -B -DskipTests package; needs xvfb-run and imagemagick)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar target/warta.jar demo --db "$work/demo.db" >/dev/null
wait_s=${WAIT:-25}
for view in month week; do
  mkdir -p "$work/home-$view"
  printf 'calendarView=%s\nlanguage=id\n' "$view" > "$work/home-$view/settings.properties"
  WARTA_HOME="$work/home-$view" xvfb-run -a -s "-screen 0 1366x768x24" bash -c \
    "java -jar target/warta.jar --db '$work/demo.db' & p=\$!; sleep $wait_s; import -window root docs/screenshots/calendar-$view.png; kill \$p"
done
