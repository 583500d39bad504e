#!/bin/sh
# Lays out the command line's distribution at the package phase (cli/pom.xml):
#   <target>/fbhooks-cli-<version>/bin/fbhooks, bin/fbhooks-cds, lib/fbhooks-cli.jar
# and makes lib/fbhooks.jsa, the class-data-sharing archive, with bin/fbhooks-cds, so that the
# build tests the script users run. The archive is made for this build's Java and this directory
# only (see bin/fbhooks-cds); the zip and tar.gz leave it out.
#
# Usage: make-dist.sh <target dir> <shaded jar> <version> <skip the archive: true|false>
set -eu
target=$1
jar=$2
version=$3
skip_cds=$4
src=$(cd "$(dirname "$0")/../main/dist" && pwd)
dist=$target/fbhooks-cli-$version

rm -rf "$dist"
mkdir -p "$dist/bin" "$dist/lib"
cp "$src/bin/fbhooks" "$src/bin/fbhooks-cds" "$dist/bin/"
chmod 755 "$dist/bin/fbhooks" "$dist/bin/fbhooks-cds"
cp "$jar" "$dist/lib/fbhooks-cli.jar"
if [ "$skip_cds" = true ]; then
  echo "fbhooks.cds.skip: no class-data-sharing archive in $dist/lib"
else
  # the Java that runs this build, whatever the PATH says
  if [ -n "${BUILD_JAVA_HOME:-}" ]; then JAVA_HOME=$BUILD_JAVA_HOME; export JAVA_HOME; fi
  "$dist/bin/fbhooks-cds"
fi
