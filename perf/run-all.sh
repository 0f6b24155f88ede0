#!/bin/sh
# The whole performance suite in one command (docs/performance.md, "Performance suite"):
#   perf/run-all.sh [--runs N] [--no-jmh] [--offline] [--packaged LAUNCHER]
# 1. builds the jar and the benchmark classes (mvn);
# 2. start-up: a bare JavaFX window, `java -jar`, `java -jar` with an AppCDS archive of the app's classes and the
#    packaged launcher (when installed, default /opt/warta/bin/Warta), interleaved run by run so machine load hits
#    them alike, each printing READY <ms since JVM start>; the median of N runs (default 5);
# 3. resident memory with the month view open, on the demo database and on a database with 50,000 more posts
#    (BenchData, the JMH data set), with the packaged launcher, else `java` with the launcher's JVM options;
# 4. every JMH benchmark (mvn -Pbench verify; about 10 minutes; skip with --no-jmh);
# then writes a table (figure, target, measured, met?, and the machine) into docs/performance.md between the
# perf-suite markers, and prints it. Needs: JDK 17, Maven, xvfb-run (Debian: xvfb). Maven runs online (the
# bench profile's plugins and JMH are fetched once); --offline passes -o. Raw output is kept in target/perf/.
set -eu
cd "$(dirname "$0")/.."
runs=5
jmh=1
offline=
packaged=/opt/warta/bin/Warta
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift ;;
    --no-jmh) jmh=0 ;;
    --offline) offline=-o ;;
    --packaged) packaged=$2; shift ;;
    *) echo "usage: perf/run-all.sh [--runs N] [--no-jmh] [--offline] [--packaged LAUNCHER]" >&2; exit 2 ;;
  esac
  shift
done
[ -x "$packaged" ] || packaged=""

out=target/perf
work=$(mktemp -d /tmp/warta-perf.XXXXXX)
trap 'rm -rf "$work"' EXIT
export WARTA_HOME="$work/home"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

echo "== build" >&2
mvn -B -q $offline -DskipTests package
mvn -B -q $offline -Pbench test-compile
mvn -B -q $offline -Pbench dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
mkdir -p "$out"
cp="target/test-classes:target/classes:$(cat target/cp.txt)"
fx=$(ls target/lib/javafx-*.jar | paste -sd:)
mkdir -p target/bench-bare
javac -d target/bench-bare -cp "$fx" src/bench/java/id/warta/bench/BareWindowProbe.java

echo "== databases" >&2
java -jar target/warta.jar demo --db "$work/demo.db" >/dev/null 2>&1
java -jar target/warta.jar demo --db "$work/big.db" >/dev/null 2>&1
java -cp "$cp" id.warta.bench.BenchDatabase "$work/big.db" 50000 >/dev/null

x() { xvfb-run -a -s "-screen 0 1366x768x24" "$@" 2>/dev/null | awk '/^READY/ {print $2}'; }

echo "== AppCDS archive for java -jar (training run)" >&2
rm -f target/warta.jsa
x java -XX:ArchiveClassesAtExit=target/warta.jsa -jar target/warta.jar --db "$work/demo.db" --startup-probe >/dev/null

echo "== start-up, $runs interleaved runs" >&2
: > "$out/startup.txt"
i=1
while [ "$i" -le "$runs" ]; do
  b=$(x java -cp "target/bench-bare:$fx" id.warta.bench.BareWindowProbe)
  j=$(x java -jar target/warta.jar --db "$work/demo.db" --startup-probe)
  c=$(x java -XX:SharedArchiveFile=target/warta.jsa -jar target/warta.jar --db "$work/demo.db" --startup-probe)
  p=-
  [ -n "$packaged" ] && p=$(x "$packaged" --db "$work/demo.db" --startup-probe)
  echo "$i ${b:--} ${j:--} ${c:--} ${p:--}" | tee -a "$out/startup.txt" >&2
  i=$((i + 1))
done
median() { awk -v col="$1" '$col != "-" {print $col}' "$out/startup.txt" | sort -n |
  awk '{a[NR]=$1} END {if (NR == 0) print "-"; else print a[int((NR + 1) / 2)]}'; }
bare=$(median 2); jar=$(median 3); cds=$(median 4); pkg=$(median 5)

echo "== resident memory (${PERF_RSS_WAIT:-45} s after start each)" >&2
opts=$(sed -n 's:.*<installer.java.options>\(.*\)</installer.java.options>.*:\1:p' pom.xml | sed 's/ -XX:SharedArchiveFile=[^ ]*//; s/ -Xshare:auto//')
# The window must be up before the reading: on a loaded machine give it longer (PERF_RSS_WAIT seconds).
wait_s=${PERF_RSS_WAIT:-45}
if [ -n "$packaged" ]; then
  rss_demo=$(src/bench/sh/rss.sh "$work/demo.db" "$wait_s" "$packaged" | awk '{print $2}')
  rss_big=$(src/bench/sh/rss.sh "$work/big.db" "$wait_s" "$packaged" | awk '{print $2}')
  rss_how="packaged launcher"
else
  # shellcheck disable=SC2086
  rss_demo=$(src/bench/sh/rss.sh "$work/demo.db" "$wait_s" java $opts -jar target/warta.jar | awk '{print $2}')
  # shellcheck disable=SC2086
  rss_big=$(src/bench/sh/rss.sh "$work/big.db" "$wait_s" java $opts -jar target/warta.jar | awk '{print $2}')
  rss_how="java $opts -jar"
fi
echo "demo $rss_demo MB, 50k $rss_big MB ($rss_how)" | tee "$out/rss.txt" >&2

if [ "$jmh" = 1 ]; then
  echo "== JMH (every benchmark)" >&2
  mvn -B $offline -Pbench verify > "$out/jmh.log" 2>&1 || echo "JMH failed: see $out/jmh.log" >&2
fi
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

# figure | target | measured | met? ; targets in ms, "-" when the issue set none
met() { awk -v m="$1" -v t="$2" -v op="${3:-lt}" 'BEGIN {
  if (m == "-" || m == "") print "not measured"; else if (t == "-") print "—";
  else if ((op == "lt" && m + 0 < t + 0) || (op == "le" && m + 0 <= t + 0)) print "yes"; else print "**no**" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.1f", a / b }'; }
table="$out/table.md"
{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') by \`perf/run-all.sh\`. Machine: $(nproc) cores," \
    "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
    "$(awk '/^MemTotal/ {printf "%.0f GiB RAM", $2 / 1048576}' /proc/meminfo)," \
    "$(java -version 2>&1 | head -1); load average $load_start at the start, $load_end at the end" \
    "(other builds share this machine: compare a row with the bare window of the same run)."
  echo
  echo "| figure | target | measured | met? |"
  echo "|---|---|---|---|"
  echo "| bare JavaFX window to its first frame (median of $runs) | — (the floor) | $bare ms | — |"
  echo "| \`java -jar\` to the first frame with calendar data, demo database | — | $jar ms ($(ratio "$jar" "$bare")× bare) | — |"
  echo "| \`java -jar\` with the AppCDS archive (\`-XX:SharedArchiveFile=target/warta.jsa\`) | — | $cds ms ($(ratio "$cds" "$bare")× bare) | — |"
  echo "| packaged launcher to the first frame with data | < 1,500 ms | $pkg ms | $(met "$pkg" 1500) |"
  r=$(ratio "$pkg" "$bare"); [ "$r" = "-" ] && r=$(ratio "$cds" "$bare")
  echo "| app ÷ bare window, same run (packaged, else jar with AppCDS) | ≤ 2× | ${r}× | $(met "$r" 2 le) |"
  echo "| resident memory, month view, demo database ($rss_how) | < 300 MB | ${rss_demo:--} MB | $(met "${rss_demo:--}" 300) |"
  echo "| resident memory, month view, 50,000 more posts | < 400 MB | ${rss_big:--} MB | $(met "${rss_big:--}" 400) |"
  if [ "$jmh" = 1 ] && [ -f target/jmh-result.txt ]; then
    awk 'BEGIN {
        t["RepositoryBenchmark.loadMonthOf50kPosts"] = 5; t["EthicsBenchmark.check2200Chars"] = 2;
        t["EthicsBenchmark.loadRulePackCold"] = 150; t["IcalBenchmark.encode5000Events"] = 1000;
        t["IcalBenchmark.exportCommand5000Publications"] = 1000; t["IcalBenchmark.parse5000EventsWithBiweekly"] = 1000;
        t["IcalBenchmark.parse5000EventsWithIcal4j"] = 1000; t["IcalBenchmark.feedNotModified5000Publications"] = 200 }
      $1 ~ /Benchmark\./ {
        name = $1; sub(/^id\.warta\.bench\./, "", name); score = $4; unit = $NF; err = ($5 == "±") ? $6 : "";
        f = 1; if (unit ~ /^s\//) f = 1000; else if (unit ~ /^us\//) f = 0.001; else if (unit ~ /^ns\//) f = 0.000001;
        ms = score * f; target = (name in t) ? "< " t[name] " ms" : "—";
        ok = (name in t) ? ((ms < t[name]) ? "yes" : "**no**") : "—";
        printf "| JMH `%s` (%s) | %s | %.3g ms/op%s | %s |\n", name, $2, target, ms, (err != "" ? sprintf(" ± %.2g", err * f) : ""), ok
      }' target/jmh-result.txt
  else
    echo "| JMH benchmarks | see the sections below | not run (\`--no-jmh\`) | — |"
  fi
} > "$table"

doc=docs/performance.md
awk -v table="$table" '
  /<!-- perf-suite:begin -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
  /<!-- perf-suite:end -->/ { skip = 0 }
  !skip { print }' "$doc" > "$work/performance.md"
cp "$work/performance.md" "$doc"
cat "$table"
