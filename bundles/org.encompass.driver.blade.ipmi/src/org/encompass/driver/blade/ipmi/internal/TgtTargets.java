package org.encompass.driver.blade.ipmi.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.OperationCanceledException;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ExternalCommand;

/**
 * iSCSI targets of the local tgtd (Debian's tgt), driven by {@code tgtadm}: one target per blade,
 * LUN 1 = its boot image, an ACL with that blade's initiator only. tgtd's management channel is
 * {@code encompass.tgt.controlPort} (system property), else {@code ENCOMPASS_TGT_CONTROL_PORT}, else 0
 * (a system's tgtd). Each call is bounded.
 */
final class TgtTargets {
    /** The LUN a target serves its blade's boot image as (LUN 0 is tgt's controller). */
    static final int BOOT_LUN = 1;
    private static final Pattern PORTAL = Pattern.compile("^Portal: (\\S+),\\d+$", Pattern.MULTILINE);
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    /** tgtadm's exit code when no tgtd listens on the management channel. */
    private static final int TGTD_NOT_RUNNING = 107;
    private static final Object TID_CHOICE = new Object();
    /** The last tid this JVM gave a target, per tgtd (management channel); guarded by {@link #TID_CHOICE}. */
    private static final java.util.Map<String, Integer> LAST_TID = new java.util.HashMap<>();
    private static final int TID_ATTEMPTS = 5;
    private static final Pattern TARGET = Pattern.compile("^Target (\\d+): (\\S+)$", Pattern.MULTILINE);
    private final String controlPort;

    TgtTargets() {
        this(System.getProperty("encompass.tgt.controlPort",
                System.getenv().getOrDefault("ENCOMPASS_TGT_CONTROL_PORT", "0")));
    }

    TgtTargets(String controlPort) {
        this.controlPort = controlPort;
    }

    /** A target as tgtadm shows it. */
    record Target(int tid, String name, List<String> backingFiles, List<String> initiators) {
    }

    List<Target> list() throws DriverException {
        String shown = tgtadm("--op", "show", "--mode", "target");
        List<Target> targets = new ArrayList<>();
        Matcher m = TARGET.matcher(shown);
        List<int[]> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] { m.start(), Integer.parseInt(m.group(1)) });
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : shown.length();
            String block = shown.substring(starts.get(i)[0], end);
            Matcher head = TARGET.matcher(block);
            head.find();
            List<String> files = new ArrayList<>();
            Matcher file = Pattern.compile("Backing store path: (/.*)$", Pattern.MULTILINE).matcher(block);
            while (file.find()) {
                files.add(file.group(1).trim());
            }
            List<String> acl = new ArrayList<>();
            int aclAt = block.indexOf("ACL information:");
            if (aclAt >= 0) {
                block.substring(aclAt).lines().skip(1).map(String::trim).filter(l -> !l.isEmpty()).forEach(acl::add);
            }
            targets.add(new Target(starts.get(i)[1], head.group(2), files, acl));
        }
        return targets;
    }

    Target find(String name) throws DriverException {
        return list().stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * Creates the target with LUN 1 = {@code file} and an ACL of {@code initiator} alone. On a failure
     * the half-made target is removed again. {@code listed} is what {@link #list} returned a moment ago (the
     * caller looked for the target in it): the new tid is chosen from it without listing again.
     */
    Target create(String name, String file, String initiator, List<Target> listed) throws DriverException {
        int tid;
        synchronized (TID_CHOICE) {
            tid = newTarget(name, listed);
        }
        try {
            tgtadm("--op", "new", "--mode", "logicalunit", "--tid", Integer.toString(tid), "--lun", Integer.toString(BOOT_LUN), "-b", file);
            tgtadm("--op", "bind", "--mode", "target", "--tid", Integer.toString(tid), "--initiator-name", initiator);
        } catch (DriverException e) {
            try {
                delete(tid);
            } catch (DriverException ignored) {
                // reported: the first failure; an orphan target is listed by tgtadm --op show
            }
            throw e;
        }
        return new Target(tid, name, List.of(file), List.of(initiator));
    }

    /**
     * Makes the target with the next free tid (tgtd wants the caller to choose): above every tid of
     * {@code listed} and every tid this JVM gave the same tgtd since (blades attached in parallel pick theirs in
     * turn, under {@link #TID_CHOICE}). Another process may still take the same tid meanwhile: then tgtd is
     * listed again and the next one is tried.
     */
    private int newTarget(String name, List<Target> listed) throws DriverException {
        List<Target> known = listed;
        for (int attempt = 1;; attempt++) {
            int tid = Math.max(known.stream().mapToInt(Target::tid).max().orElse(0), LAST_TID.getOrDefault(controlPort, 0)) + 1;
            try {
                tgtadm("--op", "new", "--mode", "target", "--tid", Integer.toString(tid), "-T", name);
                LAST_TID.put(controlPort, tid);
                return tid;
            } catch (DriverException e) {
                if (attempt >= TID_ATTEMPTS || !e.getMessage().contains("already exists") || find(name) != null) {
                    throw e;
                }
                known = list();
            }
        }
    }

    /** The first portal ({@code HOST:PORT}) tgtd serves its targets at, as it reports it. */
    String portal() throws DriverException {
        Matcher m = PORTAL.matcher(tgtadm("--op", "show", "--mode", "portal"));
        if (!m.find()) {
            throw new DriverException("tgtd (management channel " + controlPort + ") reports no iSCSI portal");
        }
        return m.group(1);
    }

    /** Removes the target and its LUNs, even with initiators logged in. */
    void delete(int tid) throws DriverException {
        tgtadm("--op", "delete", "--force", "--mode", "target", "--tid", Integer.toString(tid));
    }

    private String tgtadm(String... args) throws DriverException {
        List<String> command = new ArrayList<>(List.of("tgtadm", "-C", controlPort, "--lld", "iscsi"));
        command.addAll(List.of(args));
        ExternalCommand.Outcome outcome;
        try {
            outcome = new ExternalCommand(TIMEOUT, command.toArray(String[]::new)).runToExit(null);
        } catch (OperationCanceledException e) {
            Thread.currentThread().interrupt();
            throw new DriverException("interrupted while tgtadm ran");
        } catch (DriverException e) {
            throw new DriverException(e.getMessage().startsWith("Cannot run") ? e.getMessage() + " (install the Debian package tgt)"
                    : e.getMessage(), e);
        }
        if (outcome.exitCode() != 0) {
            String reason = (outcome.errors() + outcome.output()).strip().replaceFirst("^tgtadm: ", "");
            if (outcome.exitCode() == TGTD_NOT_RUNNING || reason.contains("tgt daemon")) {
                throw new DriverException("tgtd is not running (management channel " + controlPort + "): " + reason);
            }
            throw new DriverException("tgtadm " + String.join(" ", args) + ": " + reason);
        }
        return outcome.output();
    }
}
