#!/usr/bin/env bash
# Takes the Explorer screenshots of the user guide (doc/screenshots/*.png), under Xvfb, with the
# package built and installed into a private, throw-away Weka home (the same steps as bin/weka).
#
#   doc/screenshots/take.sh            # build, install, drive the Explorer, write the PNGs here
#   SKIP_BUILD=1 doc/screenshots/take.sh   # reuse the last `mvn package` output
#   OUT=/tmp/shots doc/screenshots/take.sh # write the PNGs elsewhere
#
# Needs: a JDK, Maven, Xvfb (apt-get install xvfb). The Explorer is driven through Swing by
# src/bench/java/weka/imbalance/doc/ExplorerScreenshots.java (see there for what each picture shows).
# Exits non-zero when any picture is missing; always stops its Xvfb and JVM.
set -euo pipefail
start=$(date +%s)
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${OUT:-$root/doc/screenshots}"
shots=(explorer-classifier-tree.png explorer-object-editor.png explorer-metrics-output.png
  explorer-plugins-menu.png explorer-long-tail-chart.png experimenter-setup.png)

command -v Xvfb >/dev/null || { echo "error: Xvfb not found (apt-get install xvfb)" >&2; exit 1; }

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$root/target/imbalancedLearning.zip" ] \
  || [ ! -f "$root/target/test-classes/weka/imbalance/doc/ExplorerScreenshots.class" ]; then
  echo "Building the package and the test classes (mvn package -DskipTests) ..." >&2
  (cd "$root" && mvn -B -q -Pbench -DskipTests package >&2)
fi

tmp="$(mktemp -d)"
xvfb_pid=""
java_pid=""
cleanup() {
  [ -n "$java_pid" ] && kill "$java_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && wait "$xvfb_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

# A private Weka home with the package installed offline, as bin/weka does it.
export WEKA_HOME="$tmp/wekahome"
mkdir -p "$WEKA_HOME"
cp="$(cat "$root/target/weka.classpath")"
java_opts=(-Xmx1g -Dweka.packageManager.offline=true -DWEKA_HOME="$WEKA_HOME"
  --add-opens java.base/sun.net.www.protocol.jar=ALL-UNNAMED)
echo "Installing the package into $WEKA_HOME (offline) ..." >&2
java "${java_opts[@]}" -cp "$cp" weka.core.WekaPackageManager -offline -install-package \
  "$root/target/imbalancedLearning.zip" >"$tmp/install.log" 2>&1 || true
if [ ! -f "$WEKA_HOME/packages/imbalancedLearning/imbalancedLearning.jar" ]; then
  cat "$tmp/install.log" >&2
  echo "error: the package did not install" >&2
  exit 1
fi

# Xvfb on a free display: -displayfd makes the server pick one and tell us its number.
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$tmp/display" 2>"$tmp/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 1 50); do [ -s "$tmp/display" ] && break; sleep 0.2; done
[ -s "$tmp/display" ] || { cat "$tmp/xvfb.log" >&2; echo "error: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(head -n1 "$tmp/display")"
echo "Xvfb on display $DISPLAY (pid $xvfb_pid)" >&2

# Only the driver's own classes go on the class path, not all of target/test-classes: Weka's
# class discovery would scan the test classes too (e.g. weka/classifiers/meta/*Test.class, which
# need Weka's tests jar) and the object editor would fail to start.
mkdir -p "$tmp/driver/weka/imbalance/doc"
cp "$root"/target/test-classes/weka/imbalance/doc/ExplorerScreenshots*.class "$tmp/driver/weka/imbalance/doc/"

mkdir -p "$out"
optional=(explorer-classifier-tree-tooltip.png explorer-filter-tree.png)
for s in "${shots[@]}" "${optional[@]}"; do rm -f "$out/$s"; done
# Run from the repository root so that data/yeast.arff resolves; java.awt.headless must be false.
(cd "$root" && exec timeout 300 java "${java_opts[@]}" -Djava.awt.headless=false \
  -cp "$cp:$tmp/driver" weka.imbalance.doc.ExplorerScreenshots "$out" data/yeast.arff \
  doc/experiments/imbalance-comparison.xml) &
java_pid=$!
status=0
wait "$java_pid" || status=$?
java_pid=""

missing=0
for s in "${shots[@]}"; do
  if [ -s "$out/$s" ]; then echo "  $out/$s" >&2; else echo "error: missing $out/$s" >&2; missing=1; fi
done
for s in "${optional[@]}"; do
  if [ -s "$out/$s" ]; then echo "  $out/$s (optional)" >&2; fi
done
echo "Screenshots took $(( $(date +%s) - start )) s (driver exit code $status)." >&2
[ "$status" = 0 ] && [ "$missing" = 0 ]
