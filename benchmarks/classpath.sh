#!/usr/bin/env bash
# Prints the runtime classpath of the benchmarks: this checkout's signature, core, emulator and benchmarks
# classes (never a jar from ~/.m2) and the third-party jars. Builds first.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out=benchmarks/target/deps.classpath
mvn -B -q -Dstyle.color=never ${MVN_OFFLINE:-} package -pl signature,core,emulator,benchmarks -DskipTests -Dspotless.check.skip=true >&2
mvn -B -q -Dstyle.color=never ${MVN_OFFLINE:-} dependency:build-classpath -pl benchmarks -Dmdep.outputFile="$root/$out" \
  -DincludeScope=runtime >&2
deps=$(tr ':' '\n' <"$out" | grep -v '/io/github/fbhooks/' | paste -sd: -)
echo "$root/benchmarks/target/classes:$root/signature/target/classes:$root/core/target/classes:$root/emulator/target/classes:$deps"
