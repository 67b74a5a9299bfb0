#!/usr/bin/env bash
# Regenerates the EMF model code of org.encompass.model (no edit code: the console labels objects itself) from
# bundles/org.encompass.model/model/encompass.ecore (creating model/encompass.genmodel on first
# use), by running releng/codegen in a plain JVM. Run it after every change to the .ecore file.
#
# Usage: releng/scripts/regenerate-model.sh [--clean]
#   --clean  delete the src-gen folder first (needed after removing a class from the model)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
codegen="$root/releng/codegen"

java_major() { # prints the major version of the JDK at $1, or 0
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1 || echo 0
}

find_jdk() { # Temurin 25 first, then the newest JDK >= 17 under /usr/lib/jvm
    local preferred=/usr/lib/jvm/temurin-25-jdk-amd64 best="" best_major=0 dir major
    if [[ -x "$preferred/bin/javac" ]]; then echo "$preferred"; return; fi
    for dir in /usr/lib/jvm/*/; do
        dir="${dir%/}"
        [[ -x "$dir/bin/javac" ]] || continue
        major="$(java_major "$dir")"
        if (( ${major:-0} >= 17 && ${major:-0} > best_major )); then best="$dir"; best_major="$major"; fi
    done
    [[ -n "$best" ]] && echo "$best"
}

JAVA_HOME="$(find_jdk)" || true
if [[ -z "${JAVA_HOME:-}" ]]; then
    echo "error: no JDK 17 or newer under /usr/lib/jvm" >&2
    exit 2
fi
export JAVA_HOME

if command -v mvn >/dev/null 2>&1; then mvn=(mvn); else mvn=("$root/mvnw"); fi
# Maven's bundled Guava uses sun.misc.Unsafe, which Java 24+ warns about on every run.
if (( $(java_major "$JAVA_HOME") >= 24 )); then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi

echo "JDK:   $JAVA_HOME"
echo "Maven: ${mvn[*]} -f releng/codegen/pom.xml"
# A plain jar module outside the Tycho reactor: compile it and write its pinned class path.
# Its log is shown only when it fails.
mvn_log="$(mktemp)"
trap 'rm -f "$mvn_log"' EXIT
if ! "${mvn[@]}" -B -Dstyle.color=never -f "$codegen/pom.xml" compile dependency:build-classpath \
        -Dmdep.outputFile="$codegen/target/classpath.txt" >"$mvn_log" 2>&1; then
    cat "$mvn_log" >&2
    echo "error: building releng/codegen failed (Maven log above)" >&2
    exit 1
fi

"$JAVA_HOME/bin/java" -cp "$codegen/target/classes:$(cat "$codegen/target/classpath.txt")" \
    org.encompass.releng.codegen.RegenerateModel "$@" "$root"

echo "Regenerated from bundles/org.encompass.model/model/encompass.ecore:"
echo "  bundles/org.encompass.model/src-gen       (model interfaces, impl, util)"
if git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
    echo "git status of the model bundle:"
    git -C "$root" status --short -- bundles/org.encompass.model | sed 's/^/  /'
fi
