#!/bin/sh
# Start-up side by side: a bare JavaFX window, the jar and the packaged launcher, interleaved so machine
# load hits all three alike; each prints READY <ms since JVM start>. Usage (after
# `mvn -B -DskipTests package`, and with the .deb installed for the third column):
#   src/bench/sh/startup.sh DB [RUNS] [PACKAGED_LAUNCHER]
set -eu
db=$1; runs=${2:-5}; packaged=${3:-/opt/warta/bin/Warta}
fx=$(ls target/lib/javafx-*.jar | paste -sd:)
bare=target/bench-bare
mkdir -p "$bare"
javac -d "$bare" -cp "$fx" src/bench/java/id/warta/bench/BareWindowProbe.java
x() { xvfb-run -a -s "-screen 0 1366x768x24" "$@" 2>/dev/null | awk '/^READY/ {print $2}'; }
echo "| run | bare JavaFX window | java -jar target/warta.jar | packaged launcher |"
echo "|---|---|---|---|"
i=1
while [ "$i" -le "$runs" ]; do
  b=$(x java -cp "$bare:$fx" id.warta.bench.BareWindowProbe)
  j=$(x java -jar target/warta.jar --db "$db" --startup-probe)
  p=$(x "$packaged" --db "$db" --startup-probe)
  echo "| $i | $b | $j | $p |"
  i=$((i + 1))
done
