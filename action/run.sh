#!/usr/bin/env bash
# The GitHub Action's step (action.yml): gets the fbhooks command line and runs one command.
#
# Every input arrives in an environment variable, never in the text of a script, so no input is
# ever run as shell code (docs/cli.md#github-action):
#   FBHOOKS_INPUT_COMMAND       the command (rotate-secret, plan, ...), required
#   FBHOOKS_INPUT_ARGS          its options: one argument per line when there are several lines,
#                               else split at white space; taken literally (no quotes, no $, no globs)
#   FBHOOKS_INPUT_API_KEY       the API key; handed to the command line as $FEATUREBASE_API_KEY
#   FBHOOKS_INPUT_BASE_URL      the base URL; handed over as $FEATUREBASE_BASE_URL
#   FBHOOKS_INPUT_VERSION       the fbhooks version to download; default: the action's own (pom.xml)
#   FBHOOKS_INPUT_CLI_JAR       a local fbhooks-cli jar instead of a download
#   FBHOOKS_INPUT_SUCCESS_EXIT_CODES  exit codes that do not fail the step (default "0 2")
#   FBHOOKS_MAVEN_REPOSITORY    where to download from (default: Maven Central), for mirrors
#
# Step outputs (to $GITHUB_OUTPUT): exit-code here; webhook-secret (masked), webhook-id and
# webhook-previous-secret are written by the command line itself.
set -euo pipefail

action_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say() { printf 'fbhooks action: %s\n' "$*" >&2; }
die() {
  say "$*"
  exit 1
}

command_name="${FBHOOKS_INPUT_COMMAND:-}"
[[ -n "$command_name" ]] || die "the input 'command' is required (rotate-secret, plan, apply, ...)."
# a command is a word, not an option: options go to 'args'
[[ "$command_name" =~ ^[a-z][a-z-]*$ ]] || die "the input 'command' must be a command name such as rotate-secret; options go to 'args'."

# the key and the base URL: set only when given, so that a job's own FEATUREBASE_API_KEY still works
if [[ -n "${FBHOOKS_INPUT_API_KEY:-}" ]]; then
  # masked in this job's logs from now on, whatever later prints it (a workflow command, which
  # the runner reads and does not log; only in a workflow, as the command line's own masking)
  if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
    printf '::add-mask::%s\n' "$FBHOOKS_INPUT_API_KEY"
  fi
  export FEATUREBASE_API_KEY="$FBHOOKS_INPUT_API_KEY"
fi
unset FBHOOKS_INPUT_API_KEY
if [[ -n "${FBHOOKS_INPUT_BASE_URL:-}" ]]; then
  export FEATUREBASE_BASE_URL="$FBHOOKS_INPUT_BASE_URL"
fi

# the arguments, literally: one a line when there are several lines, else split at white space
args=()
raw="${FBHOOKS_INPUT_ARGS:-}"
if [[ "$raw" == *$'\n'* ]]; then
  while IFS= read -r line || [[ -n "$line" ]]; do
    line="${line#"${line%%[![:space:]]*}"}"
    line="${line%"${line##*[![:space:]]}"}"
    [[ -n "$line" ]] && args+=("$line")
  done <<<"$raw"
else
  read -r -a args <<<"$raw" || true
fi

success_codes="${FBHOOKS_INPUT_SUCCESS_EXIT_CODES:-0 2}"
for code in $success_codes; do
  [[ "$code" =~ ^[0-9]+$ ]] || die "success-exit-codes must be numbers separated by spaces, not '$code'."
done

# The jar: the one given, or io.github.fbhooks:fbhooks-cli:<version> from Maven Central, checked
# against its published checksum and kept in the runner's tool cache.
jar=""
if [[ -n "${FBHOOKS_INPUT_CLI_JAR:-}" ]]; then
  jar="$FBHOOKS_INPUT_CLI_JAR"
  [[ -f "$jar" ]] || die "cli-jar names '$jar', which is not a file."
else
  version="${FBHOOKS_INPUT_VERSION:-}"
  if [[ -z "$version" ]]; then
    # the action's own version: its pom.xml at the ref the workflow pinned
    version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$action_dir/pom.xml" 2>/dev/null | head -1)
    [[ -n "$version" ]] || die "cannot tell this action's version: set the input 'version'."
  fi
  [[ "$version" =~ ^[0-9A-Za-z][0-9A-Za-z.+_-]*$ ]] || die "'$version' is not a version."
  if [[ "$version" == *-SNAPSHOT ]]; then
    die "version $version is a development version, never published: pin the action to a release tag, or set the input 'version' (or 'cli-jar')."
  fi
  repository="${FBHOOKS_MAVEN_REPOSITORY:-https://repo1.maven.org/maven2}"
  repository="${repository%/}"
  cache_root="${RUNNER_TOOL_CACHE:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}}/fbhooks-cli"
  cache="$cache_root/$version"
  jar="$cache/fbhooks-cli-$version.jar"
  if [[ ! -f "$jar" ]]; then
    command -v curl >/dev/null || die "curl is needed to download fbhooks (or set the input 'cli-jar')."
    mkdir -p "$cache"
    url="$repository/io/github/fbhooks/fbhooks-cli/$version/fbhooks-cli-$version.jar"
    partial=$(mktemp "$cache/download.XXXXXX")
    trap 'rm -f "$partial"' EXIT
    say "downloading $url"
    curl -fsSL --retry 3 --proto-redir '=https' -o "$partial" "$url" || die "could not download $url"
    # the strongest checksum Maven Central has for it: .sha256 where published, else .sha1
    expected="" tool=""
    for kind in sha256 sha1; do
      if expected=$(curl -fsSL --retry 3 --proto-redir '=https' "$url.$kind" 2>/dev/null); then
        tool="${kind}sum"
        break
      fi
    done
    [[ -n "$tool" ]] || die "no .sha256 or .sha1 checksum published for $url: not run."
    expected=$(printf '%s' "$expected" | tr -d '[:space:]' | cut -c1-64 | tr 'A-F' 'a-f')
    expected="${expected%%[!0-9a-f]*}"
    actual=$("$tool" "$partial" | cut -d' ' -f1)
    if [[ -z "$expected" || "$actual" != "$expected" ]]; then
      die "the download of $url does not match its ${tool%sum} checksum: not run."
    fi
    mv "$partial" "$jar"
    trap - EXIT
    say "fbhooks $version verified (${tool%sum}) and cached in $cache"
  fi
fi

if [[ -n "${JAVA_HOME:-}" ]]; then
  java="$JAVA_HOME/bin/java"
else
  java=$(command -v java) || die "no Java on the runner: add actions/setup-java (Java 17 or newer) before this step."
fi

# C1 only: a command runs for a second or two (BENCHMARKS.md); JAVA_OPTS comes last, so it wins
jvm=(-XX:TieredStopAtLevel=1)
if [[ "$command_name" == emulator ]]; then jvm=(); fi
set -f
# shellcheck disable=SC2206
jvm+=(${JAVA_OPTS:-})
set +f

rc=0
"$java" "${jvm[@]}" -jar "$jar" "$command_name" "${args[@]}" || rc=$?

if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
  printf 'exit-code=%s\n' "$rc" >>"$GITHUB_OUTPUT"
fi
for code in $success_codes; do
  if [[ "$rc" == "$code" ]]; then
    [[ "$rc" == 0 ]] || say "fbhooks $command_name exited $rc, which success-exit-codes ($success_codes) accepts: the output exit-code says it."
    exit 0
  fi
done
exit "$rc"
