#!/usr/bin/env bash
# Makes the installable product from the built one (releng/org.encompass.product/target/products/...):
#   encompass-VERSION-linux-x86_64.tar.gz   the product with bin/encompass, bin/encompass-console, a desktop
#                                           entry, an icon and INSTALL (needs a Java 21+ where it is unpacked)
#   encompass_VERSION_amd64.deb             the same made by the JDK's jpackage with its own Java runtime,
#                                           installed in /opt/encompass with both commands in /usr/bin
# into releng/org.encompass.product/target/dist/. The Maven build runs it after the product (property
# encompass.package: "tar,deb" by default, "tar", or "none").
#   releng/scripts/package.sh [tar] [deb]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
# Kinds as words or comma-separated (the Maven property): "tar deb", "tar,deb".
read -r -a kinds <<< "${*//,/ }"
[ ${#kinds[@]} -gt 0 ] || kinds=(tar deb)
product="$ENCOMPASS_PRODUCT"
if [ ! -x "$product/bin/encompass" ]; then
  echo "encompass: no built product with bin/encompass in $product; build it first (./mvnw verify)" >&2
  exit 1
fi
# The OSGi framework's jar and the launcher's without their signatures (the product's own copy, archive and
# package alike): the launcher loads the framework with a class loader that checks signatures, and the JVM
# archives no class of a signed jar (460 classes of each command line run); the JVM verifies the signed
# launcher jar's signature at every start (about 40 ms of RSA). Equinox itself checks no bundle signature.
for jar in "$product"/plugins/org.eclipse.osgi_*.jar "$product"/plugins/org.eclipse.equinox.launcher_*.jar; do
  signature="$(unzip -Z1 "$jar" | grep -E '^META-INF/[^/]+\.(SF|RSA|DSA|EC)$' || true)"
  if [ -n "$signature" ]; then
    command -v zip > /dev/null || { echo "encompass: package.sh needs zip to unsign $jar (apt-get install zip)" >&2; exit 1; }
    zip -q -d "$jar" $signature
  fi
done
cli_jar="$(ls "$product"/plugins/org.encompass.cli_*.jar)"
build="${cli_jar##*/org.encompass.cli_}"; build="${build%.jar}"   # 0.1.0.202612060533
version="${build%.*}"
dist="$ENCOMPASS_ROOT/releng/org.encompass.product/target/dist"
rm -rf "$dist"
mkdir -p "$dist/stage"
cp -a "$product" "$dist/stage/encompass-$version"

for kind in "${kinds[@]}"; do
  case "$kind" in
    tar)
      tar -C "$dist/stage" -czf "$dist/encompass-$version-linux-x86_64.tar.gz" "encompass-$version"
      echo "encompass: made $dist/encompass-$version-linux-x86_64.tar.gz" >&2
      ;;
    deb)
      for tool in dpkg-deb fakeroot; do
        command -v "$tool" > /dev/null || { echo "encompass: jpackage needs $tool to make a .deb (apt-get install dpkg-dev fakeroot)" >&2; exit 1; }
      done
      launcher="$(cd "$product" && ls plugins/org.eclipse.equinox.launcher_*.jar)"
      # gzip instead of dpkg-deb's default xz: the package is 3x larger in time than in bytes otherwise.
      DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=6 "$JAVA_HOME/bin/jpackage" --type deb --dest "$dist" \
        --temp "$dist/jpackage" --name encompass --app-version "$version" --vendor Encompass \
        --description "Encompass: master images, clones and the machines they run on (console and command line)" \
        --input "$dist/stage/encompass-$version" --main-jar "$launcher" --main-class org.eclipse.equinox.launcher.Main \
        --java-options -Xmx1g --java-options -Djava.library.path=/usr/lib/x86_64-linux-gnu \
        --java-options "-Dosgi.configuration.area=@user.home/.encompass/configuration/console" \
        --java-options "-Dosgi.instance.area=@user.home/.encompass/workspace" --arguments -nosplash \
        --jlink-options "--strip-debug --no-man-pages --no-header-files" \
        --linux-package-name encompass --linux-deb-maintainer "Encompass <encompass@localhost>" --linux-app-category admin \
        --linux-package-deps "e2fsprogs, e2tools, qemu-utils, qemu-system-common, libvirt0, libgtk-3-0" \
        --resource-dir "$ENCOMPASS_ROOT/releng/package" --icon "$product/share/icons/encompass.png"
      rm -rf "$dist/jpackage"
      echo "encompass: made $(ls "$dist"/encompass_*.deb)" >&2
      ;;
    none) ;;
    *) echo "encompass: package.sh: unknown kind '$kind' (tar, deb or none)" >&2; exit 2 ;;
  esac
done
rm -rf "$dist/stage"
