# Sourced by bin/encompass and bin/encompass-console: finds a Java 21+ runtime and starts the product's
# OSGi launcher. Works from the build's product directory, an unpacked archive and the Debian package.

ENCOMPASS_HOME="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"

# A Java runtime of version 21 or newer, read from its release file (starting one to ask would cost time).
# The Debian package carries its own runtime beside the product (lib/runtime next to lib/app).
encompass_java() {
  local home version
  for home in "${ENCOMPASS_JAVA_HOME:-}" "$ENCOMPASS_HOME/../runtime" "$ENCOMPASS_HOME/runtime" "${JAVA_HOME:-}" \
      /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$home" ] && [ -x "$home/bin/java" ] && [ -f "$home/release" ] || continue
    version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")"
    if [ -n "$version" ] && [ "$version" -ge 21 ]; then
      echo "$home/bin/java"
      return 0
    fi
  done
  echo "encompass: no Java 21 or newer found; install one (for example Debian's openjdk-21-jre or Temurin 25) or set ENCOMPASS_JAVA_HOME" >&2
  return 1
}

# The runtime's version as its release file gives it (25.0.1), for naming its class-data archive.
encompass_java_version() {
  sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$(dirname "$(dirname "$1")")/release"
}

# The JVM's archive of the classes a run loads, for java $1 in directory $2: sets archive (its file), and the
# options that write it (archive_write, followed by the file) and map it (archive_use). From Java 25 an AOT
# cache (JEP 483, 514: classes loaded and linked ahead of time, those of the OSGi bundles' loaders included),
# before that a dynamic class-data (CDS) archive. CDO's jars hold their classes too: the build gives their Java 5
# class files stack map frames (bundles/org.encompass.thirdparty.cdo/tools/StackMapFrames.java).
encompass_archive() {
  local version
  version="$(encompass_java_version "$1")"
  if [ "${version%%.*}" -ge 25 ]; then
    archive="$2/cli-$version.aot"
    archive_write=(-Xlog:aot=off -Xlog:cds=off -XX:AOTCacheOutput=)
    archive_use=(-Xlog:aot=off -Xlog:cds=off -XX:AOTCache="$archive")
  else
    archive="$2/cli-$version.jsa"
    archive_write=(-Xlog:cds=off -Xlog:cds+dynamic=off -XX:ArchiveClassesAtExit=)
    archive_use=(-Xlog:cds=off -Xlog:cds+dynamic=off -XX:SharedArchiveFile="$archive")
  fi
}

# Writes the archive (encompass_archive) from a training run of java $1 with the rest of the arguments: the
# command line's status on an empty throw-away repository. Silent; without an archive the command line
# still runs, only slower.
encompass_train_archive() {
  local java="$1" data last=$(( ${#archive_write[@]} - 1 ))
  shift
  data="$(mktemp -d "${archive%/*}/training.XXXXXX")"
  ENCOMPASS_DEFAULTS=none "$java" "${archive_write[@]:0:$last}" "${archive_write[$last]}$archive.$$" \
    -Dencompass.data="$data" "$@" status > /dev/null 2>&1 || true
  rm -rf "$data"
  [ -f "$archive.$$" ] && mv -f "$archive.$$" "$archive"
  encompass_keep_answer "$java" "${archive%/*}/help.txt" "$@" --help
  encompass_keep_answer "$java" "${archive%/*}/version.txt" "$@" --version
  return 0
}

# Keeps file $2: what java $1 with the rest of the arguments printed, if it ended with 0. The overview
# (--help) and the version depend on the build only, and the cache is per build: later runs print them
# without starting a JVM.
encompass_keep_answer() {
  local java="$1" file="$2"
  shift 2
  ENCOMPASS_DEFAULTS=none "$java" "$@" > "$file.$$" 2> /dev/null && mv -f "$file.$$" "$file"
  rm -f "$file.$$"
  return 0
}

encompass_launcher_jar() {
  local jar
  for jar in "$ENCOMPASS_HOME"/plugins/org.eclipse.equinox.launcher_*.jar; do
    [ -f "$jar" ] && { echo "$jar"; return 0; }
  done
  echo "encompass: the product in $ENCOMPASS_HOME has no plugins/org.eclipse.equinox.launcher_*.jar" >&2
  return 1
}

# The build's identity: the command line bundle's version with its build qualifier (0.1.0.YYYYMMDDhhmm).
encompass_build() {
  local jar
  for jar in "$ENCOMPASS_HOME"/plugins/org.encompass.cli_*.jar; do
    [ -f "$jar" ] && { jar="${jar##*/org.encompass.cli_}"; echo "${jar%.jar}"; return 0; }
  done
  echo unknown
}

# Per user and per build: the command line's OSGi configuration area (its resolved bundles kept from run
# to run) and the JVM's class-data archive (written by the first run, mapped by the next ones).
encompass_cache() {
  echo "${ENCOMPASS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/encompass}/$(encompass_build)"
}

# A configuration with the product's headless bundles only: the command line resolves no UI bundle. Nor does
# it start the extenders no command needs: SPI Fly (and its ASM) serves the console's SVG library only, and
# weaves every class a bundle loads; the event admin is for the workbench. Felix SCR stays installed, not
# started: core.contenttype requires its extender to resolve, and no command asks for a content type.
encompass_cli_configuration() {
  local area="$1" ini="$ENCOMPASS_HOME/configuration/config.ini" tmp
  [ -f "$area/config.ini" ] && return 0
  mkdir -p "$area"
  tmp="$(mktemp "$area/config.ini.XXXXXX")"
  sed -e 's/^eclipse.application=.*/eclipse.application=org.encompass.cli.app/' \
      -e '/^eclipse.product=/d' \
      -e '/^osgi.bundles=/{
            s/reference\\:file\\:\(org\.eclipse\.ui\|org\.eclipse\.e4\|org\.eclipse\.swt\|org\.eclipse\.jface\|org\.eclipse\.help\|org\.eclipse\.urischeme\|org\.eclipse\.core\.databinding\|org\.eclipse\.emf\.edit\|org\.encompass\.ui\|org\.encompass\.model\.edit\|org\.encompass\.driver\.[a-z.]*\.ui_\|org\.apache\.batik\|wrapped\.org\.apache\.xmlgraphics\|wrapped\.xml-apis\|com\.github\.weisj\|com\.ibm\.icu\|org\.apache\.aries\.spifly\|org\.objectweb\.asm\|org\.eclipse\.equinox\.event\)[^,]*,\{0,1\}//g
            s/\(org\.apache\.felix\.scr_[^,@]*\)@[0-9]*\\:start/\1@4/
            s/,$//
          }' "$ini" > "$tmp"
  mv -f "$tmp" "$area/config.ini"
}
