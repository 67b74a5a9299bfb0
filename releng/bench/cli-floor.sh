#!/usr/bin/env bash
# What a command line of this design cannot go below: median wall and CPU time of N runs (default 7) of
#  - the JVM, Equinox and the command line's bundles building its command table and printing the overview
#    (the product's own start, with its AOT cache, but --help computed rather than the kept text): no repository;
#  - Derby alone in a plain JVM (with an AOT cache of its own) booting and shutting down the empty repository's
#    database that a `status` made: no OSGi, no CDO.
# `encompass status` costs these two and CDO's store, repository and session on top (releng/bench/cli-start.sh).
#   releng/bench/cli-floor.sh [N]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
source "$ENCOMPASS_ROOT/releng/bench/bench-lib.sh"
ensure_product
runs="${1:-7}"
cli_workspace
"$ENCOMPASS_PRODUCT/bin/encompass" status > /dev/null # the configuration, the AOT cache and an empty repository
cache="$(ls -d "$XDG_CACHE_HOME"/encompass/*/)"
java="$JAVA_HOME/bin/java"
overview() {
  "$java" -Xmx512m -Xmn160m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true -Dosgi.noShutdown=false \
    -Xlog:aot=off -Xlog:cds=off -XX:AOTCache="$(ls "$cache"/cli-*.aot)" \
    -jar "$(ls "$ENCOMPASS_PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar)" -configuration "$cache/cli" -nosplash \
    -application org.encompass.cli.app --help
}
mkdir -p "$work/derby/src"
(cd "$work/derby" && unzip -q "$(ls "$ENCOMPASS_PRODUCT"/plugins/org.encompass.thirdparty.derby_*.jar)" 'lib/*.jar')
cat > "$work/derby/src/DerbyBoot.java" <<'JAVA'
public class DerbyBoot {
    public static void main(String[] args) throws Exception {
        org.apache.derby.jdbc.EmbeddedDataSource database = new org.apache.derby.jdbc.EmbeddedDataSource();
        database.setDatabaseName(args[0]);
        database.getConnection().close();
        database.setShutdownDatabase("shutdown");
        try {
            database.getConnection();
        } catch (java.sql.SQLException down) {
            // 08006: shut down
        }
    }
}
JAVA
classpath="$(ls "$work"/derby/lib/*.jar | tr '\n' ':')$work/derby/boot.jar"
"$JAVA_HOME/bin/javac" -cp "$classpath" -d "$work/derby/classes" "$work/derby/src/DerbyBoot.java"
"$JAVA_HOME/bin/jar" cf "$work/derby/boot.jar" -C "$work/derby/classes" .
derby() {
  "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:aot=off -Xlog:cds=off "$@" -Dderby.stream.error.file="$work/derby.log" \
    -cp "$classpath" DerbyBoot "$ENCOMPASS_DATA/db"
}
derby -XX:AOTCacheOutput="$work/derby.aot" > /dev/null 2>&1
echo "JVM + Equinox + the command line's bundles, overview computed: $(median overview), median of $runs"
echo "Derby alone booting the empty repository's database (plain JVM, AOT cache): $(median derby -XX:AOTCache="$work/derby.aot"), median of $runs"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
