package org.encompass.driver.libvirt.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * The real libvirt daemon of this machine (started by {@code releng/scripts/libvirtd.sh start}):
 * whether it runs, {@code virsh} as an operator would use it behind Encompass's back, and stopping
 * and starting it again for the "host gone mid-operation" test.
 */
final class QemuDaemon {
    static final String URI = "qemu:///system";
    static final Path SOCKET = Path.of("/var/run/libvirt/libvirt-sock");
    static final Path IMAGES = Path.of("/var/lib/libvirt/images");

    private QemuDaemon() {
    }

    static boolean runs() {
        return Files.exists(SOCKET);
    }

    /** A domain QEMU can start under TCG: no NIC, no graphics, no disk until Encompass attaches one. */
    static String tinyDomain(String name) {
        return """
                <domain type='qemu'>
                  <name>%s</name>
                  <memory unit='MiB'>64</memory>
                  <vcpu>1</vcpu>
                  <os><type arch='x86_64' machine='pc'>hvm</type></os>
                  <devices><emulator>/usr/bin/qemu-system-x86_64</emulator></devices>
                </domain>""".formatted(name);
    }

    /** Stops (destroys) and undefines the domain, if the daemon runs and the domain exists. */
    static void removeDomain(String name) throws LibvirtException {
        if (!runs()) {
            return;
        }
        Connect admin = new Connect(URI);
        try {
            Domain domain = admin.domainLookupByName(name);
            if (domain.isActive() == 1) {
                domain.destroy();
            }
            domain.undefine();
            domain.free();
        } catch (LibvirtException gone) {
            // never defined, or undefined by the test already
        } finally {
            admin.close();
        }
    }

    /** Runs {@code virsh -c qemu:///system ARGS}; returns its output, or throws with it on failure. */
    static String virsh(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 3];
        command[0] = "virsh";
        command[1] = "-c";
        command[2] = URI;
        System.arraycopy(args, 0, command, 3, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    /** Stops libvirtd (the domains it runs go on running) and waits until it and its socket are gone. */
    static void stop() throws IOException, InterruptedException {
        Process pgrep = new ProcessBuilder("pgrep", "-x", "libvirtd").start();
        String pids = new String(pgrep.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        pgrep.waitFor();
        for (String pid : pids.split("\\s+")) {
            if (!pid.isEmpty()) {
                new ProcessBuilder("kill", "-TERM", pid).inheritIO().start().waitFor();
            }
        }
        for (int i = 0; i < 300 && (Files.exists(SOCKET) || anyAlive(pids)); i++) {
            Thread.sleep(100);
        }
    }

    /** A daemon that removed its socket may still hold its pid file; a new one would then refuse to start. */
    private static boolean anyAlive(String pids) {
        for (String pid : pids.split("\\s+")) {
            if (!pid.isEmpty() && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts libvirtd again as releng/scripts/libvirtd.sh does (virtlogd first when it does not run: libvirtd
     * logs each domain's console through it, and without it every later boot fails), and waits until it answers.
     */
    static void start() throws IOException, InterruptedException {
        new ProcessBuilder("sh", "-c", "[ -S /run/libvirt/virtlogd-sock ] || virtlogd -d; libvirtd -d").inheritIO().start()
                .waitFor();
        for (int i = 0; i < 300; i++) {
            if (Files.exists(SOCKET)) {
                try {
                    virsh("version");
                    return;
                } catch (IOException notYet) {
                    // still starting
                }
            }
            Thread.sleep(100);
        }
        throw new IOException("libvirtd did not answer after a restart");
    }
}
