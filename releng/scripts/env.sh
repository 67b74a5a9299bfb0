# Sourced by the other scripts: finds a JDK >= 21, installs the Debian packages Encompass needs.
# Safe to source more than once.

ENCOMPASS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export ENCOMPASS_ROOT

# Tycho 5 and the current Eclipse platform need Java 21+. Prefer an existing JAVA_HOME if it is new enough.
find_jdk() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ -n "$version" ] && [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! JAVA_HOME="$(find_jdk)"; then
  echo "encompass: no JDK 21 or newer found under /usr/lib/jvm (Tycho 5 and Eclipse 4.3x need it)." >&2
  echo "encompass: install one (for example Temurin 25) or set JAVA_HOME to it." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"

# Debian packages: e2fsprogs/e2tools (customizing ext4 images), qemu-utils (qcow2 clones),
# qemu-system-common (qemu-storage-daemon: the FUSE export of qcow2 clones), libvirt0 (libvirt's in-process test driver), xfsprogs (reflink tests), Xvfb + GTK
# (console, UI tests).
ENCOMPASS_PACKAGES="e2fsprogs e2tools qemu-utils qemu-system-common libvirt0 xfsprogs util-linux xvfb xauth libgtk-3-0 imagemagick x11-apps"
# fakeroot: jpackage needs it for the Debian package the full build makes.
# Only for the tests against the real libvirt daemon (QEMU under TCG) and against govmomi's vCenter
# simulator, which releng/scripts/vcsim.sh builds offline from Debian's Go source (curl: its readiness probe);
# the bootable master and its boot checks (releng/scripts/bootable-master.sh, boot-check.sh): GRUB,
# busybox, cpio, fdisk; and the simulated blades of releng/scripts/blades.sh: OpenIPMI's ipmi_sim (BMCs),
# ipmitool (their readiness probe and the benchmark's reference), tgt (the iSCSI target), QEMU with Debian's
# iPXE, and qemu-block-extra (QEMU's iSCSI initiator: the tests log in to the LUNs as the blade and as a stranger).
ENCOMPASS_TEST_PACKAGES="fakeroot libvirt-daemon-system libvirt-daemon-driver-qemu libvirt-clients qemu-system-x86 golang-go golang-github-vmware-govmomi-dev curl grub-pc-bin busybox-static cpio fdisk openipmi ipmitool tgt ipxe-qemu qemu-block-extra"
ensure_packages() { # [extra packages...]
  local missing=() p
  for p in $ENCOMPASS_PACKAGES "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "encompass: installing Debian packages: ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ -n "$sudo" ] && ! command -v sudo > /dev/null; then
    echo "encompass: these Debian packages are missing and this user cannot install them: ${missing[*]}" >&2
    echo "encompass: as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  $sudo apt-get update -qq >&2 || true
  if ! $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=1200 install -y -qq --no-install-recommends "${missing[@]}" >&2; then
    echo "encompass: could not install the Debian packages: ${missing[*]} (see apt-get's messages above)" >&2
    exit 1
  fi
}

ENCOMPASS_PRODUCT="$ENCOMPASS_ROOT/releng/org.encompass.product/target/products/org.encompass.product/linux/gtk/x86_64/encompass"
export ENCOMPASS_PRODUCT

# Builds the product unless it is there and no source is newer than it. On a failure, prints the
# build's last lines and where its whole log is.
ensure_product() {
  # The product's config.ini is written by the build itself (its start scripts keep their sources' times).
  local marker="$ENCOMPASS_PRODUCT/configuration/config.ini" log
  if [ -f "$marker" ] && [ -x "$ENCOMPASS_PRODUCT/bin/encompass" ] && [ -z "$(find "$ENCOMPASS_ROOT/bundles" "$ENCOMPASS_ROOT/features" "$ENCOMPASS_ROOT/releng/org.encompass.product" \
        "$ENCOMPASS_ROOT/targetplatform" -newer "$marker" -type f \( -name '*.java' -o -name '*.xml' -o -name '*.MF' -o -name '*.properties' \
        -o -name '*.product' -o -name '*.target' -o -path '*/rootfiles/*' \) -not -path '*/target/*' -print -quit)" ]; then
    return 0
  fi
  log="$ENCOMPASS_ROOT/target/build-product.log"
  mkdir -p "${log%/*}"
  echo "encompass: building the product (the first time takes a few minutes; log: $log) ..." >&2
  if ! (cd "$ENCOMPASS_ROOT" && ./mvnw -B -DskipTests -Dencompass.package=none verify) > "$log" 2>&1; then
    echo "encompass: the build failed; its last lines:" >&2
    grep -E '^\[(ERROR|WARNING)\]' "$log" | tail -n 25 >&2 || tail -n 25 "$log" >&2
    echo "encompass: the whole log is $log" >&2
    exit 1
  fi
  if [ ! -x "$ENCOMPASS_PRODUCT/bin/encompass" ]; then
    echo "encompass: the build ended without $ENCOMPASS_PRODUCT/bin/encompass (log: $log)" >&2
    exit 1
  fi
}
