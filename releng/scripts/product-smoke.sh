#!/usr/bin/env bash
# Drives the built product's command line in separate processes, as an operator would: a real ext4
# master, a deploy onto a libvirt test-driver machine, then new processes (a real restart of the
# repository) that must see exactly the same state. Prints one line per check; exits non-zero on
# the first failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cli() { "$ENCOMPASS_ROOT/releng/scripts/encompass" --data "$work/repo" "$@"; }
passed=0
check() { # description, then a command that must succeed
  local what="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "smoke: ok   $what"; else echo "smoke: FAIL $what" >&2; exit 1; fi
}

mkdir -p "$work/tree/etc" "$work/nas"
printf 'localhost\n' > "$work/tree/etc/hostname"
mkfs.ext4 -q -d "$work/tree" "$work/web.img" 16M
node="$ENCOMPASS_ROOT/bundles/org.encompass.driver.libvirt/node/encompass-test-node.xml"

check "encompass --version names the version and the build" \
  bash -c "'$ENCOMPASS_ROOT/releng/scripts/encompass' --version | grep -Eq '^encompass [0-9]+\.[0-9]+\.[0-9]+ \(build [0-9]+\)\$'"
# A new repository comes with local storage, the test host and the demo master: deployable at once.
check "a new repository's demo master deploys onto test/vm-01, its clone named in its /etc/hostname" \
  bash -c "'$ENCOMPASS_ROOT/releng/scripts/encompass' --data '$work/first' --json deploy demo test/vm-01 2>/dev/null | grep -q '\"succeeded\": *true' \
    && image=\$('$ENCOMPASS_ROOT/releng/scripts/encompass' --data '$work/first' --json clone show demo-01 | sed -n 's/.*\"location\": *\"\([^\"]*\)\".*/\1/p' | head -n 1) \
    && [ \"\$(e2cp \"\$image:/etc/hostname\" - 2>/dev/null)\" = demo-01 ] \
    && e2cp \"\$image:/etc/hosts\" - 2>/dev/null | grep -q '^127.0.1.1.demo-01\$'"
export ENCOMPASS_DEFAULTS=none  # the rest sets up its own storage and host
cli storage add nas --kind file --location "$work/nas" > /dev/null
cli host add lab --uri "test://$node" > /dev/null
cli master import web --file "$work/web.img" --storage nas --arch x86_64 > /dev/null
cli master item-add web --path /etc/hostname --content $'${hostname}\n' --template > /dev/null
# As from cron or a service (LANG=C): the bytes the operator typed, exactly, whatever the locale.
LANG=C LC_ALL=C cli master item-add web --path /etc/motd --content $'h\xc3\xa9llo \xe2\x9c\x93\n' > /dev/null
check "deploy onto lab/vm-01 in one process" \
  bash -c "'$ENCOMPASS_ROOT/releng/scripts/encompass' --data '$work/repo' --json deploy web lab/vm-01 --var lab/vm-01:hostname=smoke1 | grep -q '\"succeeded\": *true'"

# A new process opens the repository afresh: the state must be exactly what the deploy left.
check "after restart: web-01 is OPERATIONAL/ACTIVE on lab/vm-01" \
  bash -c "'$ENCOMPASS_ROOT/releng/scripts/encompass' --data '$work/repo' --json clone show web-01 | tr -d ' \n' | grep -q '\"state\":\"OPERATIONAL/ACTIVE\"'"
image="$(cli --json clone show web-01 | sed -n 's/.*"location": *"\([^"]*\)".*/\1/p' | head -n 1)"
check "the clone's image holds the customized hostname" \
  bash -c "[ \"\$(e2cp '$image:/etc/hostname' - 2>/dev/null)\" = smoke1 ]"
check "under LANG=C, --content 'héllo ✓' lands in the image as exactly its UTF-8 bytes" \
  bash -c "e2cp '$image:/etc/motd' '$work/motd' 2>/dev/null && printf 'h\\xc3\\xa9llo \\xe2\\x9c\\x93\\n' | cmp -s - '$work/motd'"
check "under LANG=C, invalid UTF-8 in an argument is refused in one line with its byte offset" \
  bash -c "out=\$(LANG=C LC_ALL=C '$ENCOMPASS_ROOT/releng/scripts/encompass' --data '$work/repo' master item-add web --path /etc/x --content \$'a\\xffb' 2>&1); [ \$? -eq 2 ] && [ \$(echo \"\$out\" | wc -l) -eq 1 ] && echo \"\$out\" | grep -q 'byte 0xff at byte offset 1'"
check "after restart: the journal lists the deploy's steps as SUCCEEDED" \
  bash -c "'$ENCOMPASS_ROOT/releng/scripts/encompass' --data '$work/repo' history --target web-01 | grep -c SUCCEEDED | grep -qv '^[0-3]$'"
cli clone web --method COW > /dev/null
cli set-var web-02 hostname=cow2 > /dev/null
cli customize apply web-02 > /dev/null
overlay="$(cli --json clone show web-02 | sed -n 's/.*"location": *"\([^"]*\)".*/\1/p' | head -n 1)"
qemu-img convert -O raw "$overlay" "$work/flat.raw"
check "a copy-on-write (qcow2) clone is customized through a FUSE export" \
  bash -c "[ \"\$(e2cp '$work/flat.raw:/etc/hostname' - 2>/dev/null)\" = cow2 ] && [ \"\$(e2cp '$work/nas/web.img:/etc/hostname' - 2>/dev/null)\" = localhost ]"
check "an illegal transition exits 1 with the state and the allowed operations" \
  bash -c "out=\$('$ENCOMPASS_ROOT/releng/scripts/encompass' --data '$work/repo' assign web-01 lab/vm-02 2>&1); [ \$? -eq 1 ] && echo \"\$out\" | grep -q 'OPERATIONAL/ACTIVE; allowed: deactivate'"
# A clone that really boots (docs/bootable-master.md): the bootable master, customized through the CLI,
# starts in QEMU and shows its own hostname on the serial console, from a local disk and, behind a
# simulated BMC (ipmi_sim), from an iSCSI LUN served by tgtd that iPXE sanboots. (The libvirt daemon
# test boots a COW clone.)
"$ENCOMPASS_ROOT/releng/scripts/bootable-master.sh" "$work/bootable.img" > /dev/null
cli master import boot --file "$work/bootable.img" --storage nas --arch x86_64 > /dev/null
cli master item-add boot --path /etc/hostname --content $'${hostname}\n' --template > /dev/null
cli clone boot --method SPARSE > /dev/null
cli set-var boot-01 hostname=boot-smoke1 > /dev/null
cli customize apply boot-01 > /dev/null
bootable="$(cli --json clone show boot-01 | sed -n 's/.*"location": *"\([^"]*\)".*/\1/p' | head -n 1)"
check "a customized clone of the bootable master boots in QEMU and shows its hostname on ttyS0" \
  bash -c "'$ENCOMPASS_ROOT/releng/scripts/boot-check.sh' --expect boot-smoke1 '$bootable' > /dev/null 2>&1"
check "it boots from an iSCSI LUN (tgtd, ACL) after IPMI bootdev pxe + power on, and powers off on power soft" \
  bash -c "'$ENCOMPASS_ROOT/releng/scripts/boot-check.sh' --ipmi --iscsi iqn.2026-12.org.encompass:smoke --serve '$bootable' --expect boot-smoke1 --shutdown > /dev/null 2>&1"
# The console itself on its embedded defaults: it paints its window, and nothing runs SWT off the UI thread.
check "the console starts on its defaults, paints, and logs no exception" \
  env -u ENCOMPASS_DEFAULTS bash -c "ENCOMPASS_DATA='$work/console' '$ENCOMPASS_ROOT/releng/scripts/console.sh' --screenshot '$work/console.png' > /dev/null 2>&1 \
    && [ \"\$(identify -format %k '$work/console.png')\" -gt 16 ] \
    && ! grep -qi 'exception' '$work/console/console.log' && ! grep -qi 'exception' '$work/console/workspace/.metadata/.log' 2>/dev/null"
echo "smoke: $passed passed, 0 failed"
