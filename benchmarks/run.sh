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

# runs a command once and prints its wall time in ms; a failure stops the benchmark
wall_ms() {
  local t0 t1
  t0=$(date +%s%N)
  "$@" >/dev/null 2>&1 || { echo "FAILED: $*" >&2; "$@" >&2 || true; exit 1; }
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}

# the Maven that benchmark 1 measures: MEASURE_JAVA_HOME runs it on another JDK (e.g. 21 or later,
# where HttpClient can be closed); the plugin is always built with the default one
mvn_measured() {
  if [[ -n "${MEASURE_JAVA_HOME:-}" ]]; then JAVA_HOME="$MEASURE_JAVA_HOME" mvn "$@"; else mvn "$@"; fi
}

# A self-signed certificate for 127.0.0.1 and a copy of this JDK's cacerts that trusts it, as
# ../shared/reference/startup-floor.md measures: the client pays for the whole default trust store.
tls_setup() {
  local dir="$1" java_home
  rm -rf "$dir"; mkdir -p "$dir"
  keytool -genkeypair -alias bench -keyalg RSA -keysize 2048 -dname CN=127.0.0.1 \
    -ext san=ip:127.0.0.1,dns:localhost -validity 2 -storetype PKCS12 \
    -keystore "$dir/server.p12" -storepass benchpass -keypass benchpass >/dev/null 2>&1
  keytool -exportcert -rfc -alias bench -keystore "$dir/server.p12" -storepass benchpass \
    -file "$dir/server.crt" >/dev/null 2>&1
  # the cacerts of the JDK Maven runs on (JAVA_HOME may choose another than the one on the PATH)
  java_home=$(mvn_measured -v 2>/dev/null | sed -n 's/.*runtime: \([^[:cntrl:]]*\).*/\1/p' | head -1)
  cp -L "$java_home/lib/security/cacerts" "$dir/cacerts"
  chmod u+w "$dir/cacerts"
  keytool -importcert -noprompt -alias fbhooks-bench -file "$dir/server.crt" \
    -keystore "$dir/cacerts" -storepass changeit >/dev/null 2>&1
}

# waits for a URL prefix to appear in a log and prints it
url_in_log() {
  local pattern="$1" log="$2" url=""
  for _ in $(seq 100); do
    url=$(grep -o "$pattern" "$log" | head -1 || true)
    [[ -n "$url" ]] && break
    sleep 0.1
  done
  [[ -n "$url" ]] || { echo "not started: $(cat "$log")" >&2; return 1; }
  echo "$url"
}

step() {
  echo "== 1. Step overhead over HTTPS: mvn featurebase:rotate-secret and bin/fbhooks rotate-secret vs bare Maven ($(nproc) CPUs) =="
  classpath
  local repo="$target/m2" project="$target/step-project" tls="$target/tls"
  echo "installing this checkout's plugin into $repo (private local repository) ..."
  mvn -B -q -Dstyle.color=never -s benchmarks/settings.xml -Dmaven.repo.local="$repo" install \
    -pl io.github.fbhooks:fbhooks-parent,signature,core,emulator,maven-plugin -DskipTests -DskipITs -Dinvoker.skip=true \
    -Dspotless.check.skip=true -Denforcer.skip=true >/dev/null
  local version
  version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
  echo "building the command line's distribution (cli/target/fbhooks-cli-$version, with its CDS archive) ..."
  mvn -B -q -Dstyle.color=never -s benchmarks/settings.xml -Dmaven.repo.local="$repo" package -pl cli \
    -DskipTests -Dspotless.check.skip=true -Denforcer.skip=true >/dev/null
  local cli="$root/cli/target/fbhooks-cli-$version"
  # the command line runs on the Java benchmark 1 measures: MEASURE_JAVA_HOME, else the default one,
  # with an archive made for that Java (the build's may be for another one)
  local cli_java_home="${MEASURE_JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
  JAVA_HOME="$cli_java_home" "$cli/bin/fbhooks-cds" >/dev/null
  [[ -f "$cli/lib/fbhooks.jsa" ]] || { echo "no CDS archive in $cli/lib: is this a Unix with a JDK?" >&2; exit 1; }
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
  tls_setup "$tls"
  local log="$target/emulator.log" tls_log="$target/tls-terminator.log"
  java -cp "$CP" io.github.fbhooks.emulator.EmulatorMain --port 0 --seed "$target/seed.json" \
    --rate-limit 100000 >"$log" 2>&1 &
  EMULATOR_PID=$!
  trap 'kill "$EMULATOR_PID" ${TLS_PID:-} 2>/dev/null || true' EXIT
  local plain
  plain=$(url_in_log 'http://127.0.0.1:[0-9]*' "$log")
  # TLS in front of the emulator (see TlsTerminator for why not in the emulator)
  java -cp "$CP" io.github.fbhooks.benchmarks.TlsTerminator "$tls/server.p12" benchpass \
    "${plain##*:}" >"$tls_log" 2>&1 &
  TLS_PID=$!
  local base
  base=$(url_in_log 'https://127.0.0.1:[0-9]*' "$tls_log")
  echo "emulator $plain behind $base (self-signed certificate in a copy of cacerts)"
  export FEATUREBASE_API_KEY=sk_bench_step
  # both commands run with the same JVM options: the trust store that knows the certificate
  export MAVEN_OPTS="${MAVEN_OPTS:-} -Djavax.net.ssl.trustStore=$tls/cacerts -Djavax.net.ssl.trustStorePassword=changeit"
  local mvn_args=(-B -q -o -Dstyle.color=never -s "$root/benchmarks/settings.xml" -Dmaven.repo.local="$repo" -f "$project/pom.xml")
  local rotate_args=(featurebase:rotate-secret -Dfeaturebase.baseUrl="$base" -Dfeaturebase.webhookName="Production Webhook")
  # resolve once online-from-~/.m2 (the private repository may lack the help plugin's deps)
  mvn_measured -B -q -Dstyle.color=never -s "$root/benchmarks/settings.xml" -Dmaven.repo.local="$repo" -f "$project/pom.xml" \
    validate featurebase:help "${rotate_args[@]}" >/dev/null
  local id
  id=$(curl -s --cacert "$tls/server.crt" -H "Authorization: Bearer sk_bench_step" \
    -H "Featurebase-Version: 2026-01-01.nova" "$base/v2/webhooks" | grep -o '"id":"[0-9a-f]*"' | head -1 | cut -d'"' -f4)
  local curl_cmd=(bash -c "curl -sf -o /dev/null --cacert '$tls/server.crt' \
      -H 'Authorization: Bearer sk_bench_step' -H 'Featurebase-Version: 2026-01-01.nova' '$base/v2/webhooks?limit=100' \
      && curl -sf -o /dev/null --cacert '$tls/server.crt' -X POST -H 'Authorization: Bearer sk_bench_step' \
      -H 'Featurebase-Version: 2026-01-01.nova' '$base/v2/webhooks/$id/secret'")
  # the command line (issue 16): its launcher with the CDS archive, and plain `java -jar` for what
  # the launcher buys; the same trust store through JAVA_OPTS; and the floor, a JVM that makes the
  # one HTTPS request and exits (HttpsFloor)
  local trust="-Djavax.net.ssl.trustStore=$tls/cacerts -Djavax.net.ssl.trustStorePassword=changeit"
  local cli_rotate=(rotate-secret --base-url "$base" --webhook-name "Production Webhook" \
    --secret-file "$target/cli-secret" --work-dir "$target/cli-work")
  local cli_launcher=(env JAVA_HOME="$cli_java_home" JAVA_OPTS="$trust" "$cli/bin/fbhooks" "${cli_rotate[@]}")
  # shellcheck disable=SC2086
  local cli_jar=("$cli_java_home/bin/java" $trust -jar "$cli/lib/fbhooks-cli.jar" "${cli_rotate[@]}")
  # shellcheck disable=SC2086
  local floor=("$cli_java_home/bin/java" $trust -cp "$root/benchmarks/target/classes" io.github.fbhooks.benchmarks.HttpsFloor "$base" "$id")
  # one warm-up each, then RUNS rounds of all of them: the commands interleave, so whatever else the
  # machine does falls on all of them alike
  wall_ms mvn_measured "${mvn_args[@]}" validate >/dev/null
  wall_ms mvn_measured "${mvn_args[@]}" featurebase:help >/dev/null
  wall_ms mvn_measured "${mvn_args[@]}" "${rotate_args[@]}" >/dev/null
  wall_ms "${cli_launcher[@]}" >/dev/null
  wall_ms "${cli_jar[@]}" >/dev/null
  wall_ms "${floor[@]}" >/dev/null
  local bare=() help=() rotate=() curls=() clis=() jars=() floors=()
  for _ in $(seq "$RUNS"); do
    bare+=("$(wall_ms mvn_measured "${mvn_args[@]}" validate)")
    help+=("$(wall_ms mvn_measured "${mvn_args[@]}" featurebase:help)")
    rotate+=("$(wall_ms mvn_measured "${mvn_args[@]}" "${rotate_args[@]}")")
    curls+=("$(wall_ms "${curl_cmd[@]}")")
    clis+=("$(wall_ms "${cli_launcher[@]}")")
    jars+=("$(wall_ms "${cli_jar[@]}")")
    floors+=("$(wall_ms "${floor[@]}")")
  done
  local mb mh mr mc ml mj mf
  mb=$(printf '%s\n' "${bare[@]}" | median); mh=$(printf '%s\n' "${help[@]}" | median)
  mr=$(printf '%s\n' "${rotate[@]}" | median); mc=$(printf '%s\n' "${curls[@]}" | median)
  ml=$(printf '%s\n' "${clis[@]}" | median); mj=$(printf '%s\n' "${jars[@]}" | median)
  mf=$(printf '%s\n' "${floors[@]}" | median)
  printf '%-48s median %6s ms   (runs: %s)\n' "mvn -B -q validate (bare Maven)" "$mb" "${bare[*]}"
  printf '%-48s median %6s ms   (runs: %s)\n' "mvn -B -q featurebase:help (plugin loaded)" "$mh" "${help[*]}"
  printf '%-48s median %6s ms   (runs: %s)\n' "mvn -B -q featurebase:rotate-secret (https)" "$mr" "${rotate[*]}"
  printf '%-48s median %6s ms   (runs: %s)\n' "curl: list + POST .../secret (https)" "$mc" "${curls[*]}"
  printf '%-48s median %6s ms   (runs: %s)\n' "bin/fbhooks rotate-secret (launcher, CDS)" "$ml" "${clis[*]}"
  printf '%-48s median %6s ms   (runs: %s)\n' "java -jar fbhooks-cli.jar rotate-secret" "$mj" "${jars[*]}"
  printf '%-48s median %6s ms   (runs: %s)\n' "floor: one POST, HttpsURLConnection" "$mf" "${floors[*]}"
  echo
  awk -v r="$mr" -v b="$mb" 'BEGIN { printf "rotate-secret / bare Maven: %.2f (target <= 2.2: %s)\n", r / b, (r / b <= 2.2 ? "met" : "NOT met") }'
  awk -v l="$ml" -v j="$mj" -v f="$mf" -v b="$mb" 'BEGIN { printf "bin/fbhooks rotate-secret / bare Maven: %.2f (target <= 0.6: %s); java -jar: %.2f; floor: %.2f\n", l / b, (l / b <= 0.6 ? "met" : "NOT met"), j / b, f / b }'
  echo "  loading the plugin (help - bare): $((mh - mb)) ms; the goal's work (rotate - help): $((mr - mh)) ms"
  echo "  $(mvn_measured -v 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g' | grep -E '^(Apache Maven|Java version)' | paste -sd';' -)"
  echo
  echo "where the goal's work goes (core in a fresh JVM, one cold run; 'classes' = classes loaded):"
  java -Djavax.net.ssl.trustStore="$tls/cacerts" -Djavax.net.ssl.trustStorePassword=changeit \
    -cp "$CP" io.github.fbhooks.benchmarks.StartupProbe "$base" "Production Webhook"
  curl -s -X DELETE "$plain/__emulator/requests" >/dev/null
  mvn_measured "${mvn_args[@]}" "${rotate_args[@]}" >/dev/null
  echo "requests sent by one rotate-secret by name: $(curl -s "$plain/__emulator/requests" \
    | grep -o '"method"' | wc -l) (minimum: list + rotate + confirming read = 3)"
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
