#!/usr/bin/env bash
# Runs every test: builds all bundles, the feature and the product with Tycho and runs the JUnit 5
# test bundles (engine with fake drivers, CDO on Derby, customization on real ext4 images, file
# storage with qemu-img and a loop-mounted XFS, libvirt's test driver, the CLI end to end, the
# console's tree under Xvfb, the real libvirt daemon with QEMU, govmomi's vCenter simulator for the
# vSphere driver, a private PostgreSQL cluster for the PostgreSQL store, libguestfs for customizing XFS/btrfs/FAT/NTFS/LVM images (releng/scripts/guestfs.sh), and simulated blades (OpenIPMI BMCs driving QEMU machines, a tgtd iSCSI target) for the
# IPMI blade driver, all started here and stopped after),
# then drives the built product's CLI in separate processes, and checks a newcomer's first run from a
# fresh clone and the Debian package the build made (installed, run without a JDK, removed).
#
# test.sh --fast [MAVEN ARGS]: the quick tests for daily work: no daemons, no console (no Xvfb), no
# vSphere simulator, no simulated blades, no product, packages or first-run check. The tests that need the
# libvirt daemon (or libguestfs, when it is not installed) skip themselves with their reason. CI always runs everything (without --fast).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ENCOMPASS_ROOT"
start=$(date +%s)
if [[ "${1:-}" == "--fast" ]]; then
	shift
	ensure_packages
	./mvnw -B clean verify -pl '!tests/org.encompass.ui.tests,!tests/org.encompass.driver.vsphere.tests,!tests/org.encompass.driver.blade.ipmi.tests,!releng/org.encompass.product' "$@"
	echo "encompass: the fast tests took $(( $(date +%s) - start )) s (CI runs everything: releng/scripts/test.sh)"
	exit 0
fi
ensure_packages $ENCOMPASS_TEST_PACKAGES
releng/scripts/libvirtd.sh start
releng/scripts/guestfs.sh check
trap 'releng/scripts/blades.sh stop; releng/scripts/blades.sh tgt-stop; releng/scripts/vcsim.sh stop; releng/scripts/postgres.sh stop; releng/scripts/libvirtd.sh stop' EXIT
releng/scripts/vcsim.sh start > /dev/null || echo "encompass: vcsim did not start; the vSphere tests will try again and fail or skip with the reason" >&2
releng/scripts/postgres.sh start > /dev/null || echo "encompass: PostgreSQL did not start; the PostgreSQL store tests will try again and fail or skip with the reason" >&2
releng/scripts/blades.sh tgt-start || echo "encompass: tgtd did not start; the blade tests will try again and fail with the reason" >&2
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B clean verify "$@"
# The built product's CLI in separate processes: a real restart of the repository.
releng/scripts/product-smoke.sh
# A newcomer's first run (a fresh clone's console command and status), then the Debian package.
releng/scripts/first-run-check.sh
echo "encompass: build and tests took $(( $(date +%s) - start )) s"
