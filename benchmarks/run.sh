#!/usr/bin/env bash
# The benchmarks of issue #7 (see BENCHMARKS.md). Usage:
#   benchmarks/run.sh [all|step|economy|scaling|jmh|emulator] ...
# Loopback only; every loop is bounded in count and time. Needs only a JDK 17, Maven and bash
# (hyperfine and curl are used when present).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
target="$root/benchmarks/target"
mkdir -p "$target"
RUNS="${RUNS:-7}"

classpath() {
  if [[ -z "${CP:-}" ]]; then
    CP="$(benchmarks/classpath.sh)"
  fi
}

bench_java() { classpath; java -cp "$CP" "$@" 2> >(grep -v '^SLF4J' >&2); }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# times a command RUNS times (after one warm-up) and prints the median in ms
time_ms() {
  local label="$1"; shift
  "$@" >/dev/null 2>&1 || { echo "FAILED: $label: $*" >&2; "$@" >&2 || true; exit 1; }
  local samples=()
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    samples+=($(( (t1 - t0) / 1000000 )))
  done
  local m; m=$(printf '%s\n' "${samples[@]}" | median)
  printf '%-44s median %6s ms   (runs: %s)\n' "$label" "$m" "${samples[*]}"
  eval "MEDIAN_${2//[^a-zA-Z]/_}=$m" 2>/dev/null || true
  LAST_MEDIAN=$m
}

step() {
  echo "== 1. Step overhead: mvn featurebase:rotate-secret vs bare Maven vs curl ($(nproc) CPUs) =="
  classpath
  local repo="$target/m2" project="$target/step-project"
  echo "installing this checkout's plugin into $repo (private local repository) ..."
  mvn -B -q -Dstyle.color=never -s benchmarks/settings.xml -Dmaven.repo.local="$repo" install \
    -pl io.github.fbhooks:fbhooks-parent,core,emulator,maven-plugin -DskipTests -DskipITs -Dinvoker.skip=true \
    -Dspotless.check.skip=true -Denforcer.skip=true >/dev/null
  local version
  version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
  mkdir -p "$project"
  cat >"$project/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>step-project</artifactId><version>1</version>
  <packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.github.fbhooks</groupId><artifactId>featurebase-maven-plugin</artifactId>
    <version>$version</version>
  </plugin></plugins></build>
</project>
POM
  cat >"$target/seed.json" <<'SEED'
{"webhooks":[{"name":"Production Webhook","url":"https://example.com/hooks","topics":["post.created"]}]}
SEED
  local log="$target/emulator.log"
  java -cp "$CP" io.github.fbhooks.emulator.EmulatorMain --port 0 --seed "$target/seed.json" \
    --rate-limit 100000 >"$log" 2>&1 &
  EMULATOR_PID=$!
  trap 'kill "$EMULATOR_PID" 2>/dev/null || true' EXIT
  local base=""
  for _ in $(seq 100); do
    base=$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -1 || true)
    [[ -n "$base" ]] && break
    sleep 0.1
  done
  [[ -n "$base" ]] || { echo "the emulator did not start: $(cat "$log")" >&2; return 1; }
  export FEATUREBASE_API_KEY=sk_bench_step
  local mvn_args=(-B -q -o -Dstyle.color=never -s "$root/benchmarks/settings.xml" -Dmaven.repo.local="$repo" -f "$project/pom.xml")
  # resolve once online-from-~/.m2 (the private repository may lack the help plugin's deps)
  mvn -B -q -Dstyle.color=never -s "$root/benchmarks/settings.xml" -Dmaven.repo.local="$repo" -f "$project/pom.xml" \
    validate featurebase:help featurebase:rotate-secret -Dfeaturebase.baseUrl="$base" \
    -Dfeaturebase.webhookName="Production Webhook" >/dev/null
  local id
  id=$(curl -s -H "Authorization: Bearer sk_bench_step" -H "Featurebase-Version: 2026-01-01.nova" \
    "$base/v2/webhooks" | grep -o '"id":"[0-9a-f]*"' | head -1 | cut -d'"' -f4)
  time_ms "mvn -B -q validate (bare Maven)" mvn "${mvn_args[@]}" validate; local bare=$LAST_MEDIAN
  time_ms "mvn -B -q featurebase:help (plugin loaded)" mvn "${mvn_args[@]}" featurebase:help; local help=$LAST_MEDIAN
  time_ms "mvn -B -q featurebase:rotate-secret" mvn "${mvn_args[@]}" featurebase:rotate-secret \
    -Dfeaturebase.baseUrl="$base" -Dfeaturebase.webhookName="Production Webhook"; local rotate=$LAST_MEDIAN
  if command -v curl >/dev/null; then
    time_ms "curl: list + POST .../secret (same 2 calls)" bash -c "curl -sf -o /dev/null \
      -H 'Authorization: Bearer sk_bench_step' -H 'Featurebase-Version: 2026-01-01.nova' '$base/v2/webhooks?limit=100' \
      && curl -sf -o /dev/null -X POST -H 'Authorization: Bearer sk_bench_step' \
      -H 'Featurebase-Version: 2026-01-01.nova' '$base/v2/webhooks/$id/secret'"
  fi
  echo
  echo "plugin's own cost (rotate - bare Maven): $((rotate - bare)) ms (target < 500 ms)"
  echo "  of which loading the plugin (help - bare): $((help - bare)) ms"
  echo "  of which the goal's work (rotate - help):  $((rotate - help)) ms"
  echo
  echo "where the goal's work goes (core in a fresh JVM, one cold run; 'classes' = classes loaded):"
  java -cp "$CP" io.github.fbhooks.benchmarks.StartupProbe "$base" "Production Webhook"
  curl -s -X DELETE "$base/__emulator/requests" >/dev/null
  mvn "${mvn_args[@]}" featurebase:rotate-secret -Dfeaturebase.baseUrl="$base" \
    -Dfeaturebase.webhookName="Production Webhook" >/dev/null
  echo "requests sent by one rotate-secret by name: $(curl -s "$base/__emulator/requests" \
    | grep -o '"method"' | wc -l) (minimum: list + rotate = 2)"
}

case "${1:-all}" in
  step) step ;;
  economy) bench_java io.github.fbhooks.benchmarks.ApiEconomy "${@:2}" ;;
  scaling) bench_java io.github.fbhooks.benchmarks.ApplyScaling "${@:2}" ;;
  emulator) bench_java io.github.fbhooks.benchmarks.EmulatorThroughput "${@:2}" ;;
  jmh)
    # one fork, 3 x 2 s warm-up, 5 x 2 s measurement, one thread: about 2 minutes
    bench_java org.openjdk.jmh.Main -f 1 -wi 3 -w 2s -i 5 -r 2s -t 1 "${@:2}" \
      'io.github.fbhooks.benchmarks.jmh.*' ;;
  all)
    classpath
    export CP
    "$0" step; echo
    "$0" economy; echo
    "$0" scaling; echo
    "$0" jmh; echo
    "$0" emulator ;;
  *) echo "usage: benchmarks/run.sh [all|step|economy|scaling|jmh|emulator] [args]" >&2; exit 2 ;;
esac
