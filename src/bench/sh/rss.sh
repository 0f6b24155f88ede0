#!/bin/sh
# Resident memory of Warta with the month view open: starts the given launcher on a database under
# a virtual display, waits until the window has settled, prints "RSS <MB>" from /proc/<pid>/status.
# Usage: src/bench/sh/rss.sh DB SECONDS LAUNCHER [ARGS...]
#   src/bench/sh/rss.sh demo.db 40 /opt/warta/bin/Warta
#   src/bench/sh/rss.sh demo.db 40 java -Xms64m -jar target/warta.jar
set -eu
db=$1; wait=$2; shift 2
display=:$((90 + $$ % 9))
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
sleep 2
DISPLAY=$display "$@" --db "$db" >/dev/null 2>&1 &
app=$!
sleep "$wait"
# The java launcher may fork once; take the JVM (the child) when there is one.
jvm=$(pgrep -P "$app" java || echo "$app")
kb=$(awk '/^VmRSS/ {print $2}' "/proc/$jvm/status")
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
echo "RSS $((kb / 1024)) MB"
