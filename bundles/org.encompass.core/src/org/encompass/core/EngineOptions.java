package org.encompass.core;

import java.time.Duration;

/**
 * Settings of one engine.
 *
 * @param user                 who the journal says ran the operations
 * @param deactivateTimeout    how long a graceful shutdown may take before the machine is powered off
 * @param maxParallel          how many clones a deploy or a multi-clone makes at once (a deploy's later
 *                             steps, assign to activate, run on at least 16 machines at once)
 * @param clonesPerDevice      how many copies may write to one storage device at once
 * @param clonesPerSource      how many copies may read one source image at once (paper, section 5:
 *                             "massive concurrent cloning may be limited by read access to the master")
 * @param writeBehindCopies    how many write-behind copies (SPARSE and FULL on file storage) may write to
 *                             one storage device at once, in place of clonesPerDevice: they write into the
 *                             page cache, and the kernel writes that back and throttles them to the
 *                             device's speed
 */
public record EngineOptions(String user, Duration deactivateTimeout, int maxParallel, int clonesPerDevice,
        int clonesPerSource, long deviceWriteBytesPerSecond, long sourceReadBytesPerSecond, boolean cascading,
        int writeBehindCopies) {

    /**
     * Assumed until set: a local disk writes about 400 MiB/s, and one image is read as fast (a master cloned
     * many times is mostly in the page cache). So the cost model cascades only when the reads per source are
     * limited, or a slow source is set (ENCOMPASS_SOURCE_READ_MIBPS, a NAS). Assuming 200 MiB/s made it
     * cascade 8 SPARSE clones on this one-disk machine: 9.4-10.0 s, against 7.0-9.2 s direct (measured).
     */
    public static final long DEFAULT_DEVICE_WRITE = 400L << 20;
    public static final long DEFAULT_SOURCE_READ = 400L << 20;

    public EngineOptions {
        if (maxParallel < 1 || clonesPerDevice < 1 || clonesPerSource < 1 || writeBehindCopies < 1) {
            throw new IllegalArgumentException("parallelism limits must be at least 1");
        }
        if (deviceWriteBytesPerSecond < 1 || sourceReadBytesPerSecond < 1) {
            throw new IllegalArgumentException("bandwidths must be positive");
        }
    }

    public EngineOptions(String user, Duration deactivateTimeout, int maxParallel, int clonesPerDevice,
            int clonesPerSource) {
        this(user, deactivateTimeout, maxParallel, clonesPerDevice, clonesPerSource, DEFAULT_DEVICE_WRITE,
                DEFAULT_SOURCE_READ, true, defaultWriteBehindCopies());
    }

    /**
     * 8 x cores, at least 8, so that n clones run at once as n parallel cp do. Measured with 16 SPARSE clones
     * of 1 GiB: 4 at a time 19.5-37.2 s, all at once 19.8-32.6 s, 16 cp 18.4-31.6 s (the disk throttles every
     * writer there, and its speed drifts); with 8 clones all at once 6.1-7.7 s against cp's 6.5-10.5 s.
     */
    static int defaultWriteBehindCopies() {
        return Math.max(8, 8 * Runtime.getRuntime().availableProcessors());
    }

    /**
     * 2 x cores jobs and copies per device, 8 x cores write-behind copies per device and reads per source.
     * Reads of one source are not limited below the copies that may run by default: the cost model already
     * shares a source's read bandwidth among its readers
     * (and cascades when that is the bottleneck), and a master cloned many times is mostly in the page
     * cache, where a lower limit only made the copies wait for each other (4 clones in 2 rounds took 1.8x
     * as long as 4 parallel cp, measured). Set ENCOMPASS_CLONES_PER_SOURCE for a slow NAS.
     */
    public static EngineOptions defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        int parallel = Math.max(2, cores * 2);
        int writeBehind = defaultWriteBehindCopies();
        return new EngineOptions(System.getProperty("user.name", "operator"), Duration.ofSeconds(60),
                parallel, parallel, writeBehind, DEFAULT_DEVICE_WRITE, DEFAULT_SOURCE_READ, true, writeBehind);
    }

    /**
     * The defaults, overridden by environment variables (or the system properties in brackets):
     * ENCOMPASS_MAX_PARALLEL (encompass.maxParallel), ENCOMPASS_CLONES_PER_DEVICE (encompass.clonesPerDevice),
     * ENCOMPASS_CLONES_PER_SOURCE (encompass.clonesPerSource), ENCOMPASS_DEVICE_WRITE_MIBPS
     * (encompass.deviceWriteMiBps), ENCOMPASS_SOURCE_READ_MIBPS (encompass.sourceReadMiBps) and
     * ENCOMPASS_CASCADE=false (encompass.cascade) to never cascade, ENCOMPASS_WRITE_BEHIND_COPIES
     * (encompass.writeBehindCopies), ENCOMPASS_DEACTIVATE_TIMEOUT (encompass.deactivateTimeout, seconds a
     * graceful shutdown may take before the machine is powered off).
     */
    public static EngineOptions fromEnvironment() {
        EngineOptions d = defaults();
        return new EngineOptions(d.user(),
                Duration.ofSeconds(setting("encompass.deactivateTimeout", "ENCOMPASS_DEACTIVATE_TIMEOUT", (int) d.deactivateTimeout().toSeconds())),
                setting("encompass.maxParallel", "ENCOMPASS_MAX_PARALLEL", d.maxParallel()),
                setting("encompass.clonesPerDevice", "ENCOMPASS_CLONES_PER_DEVICE", d.clonesPerDevice()),
                setting("encompass.clonesPerSource", "ENCOMPASS_CLONES_PER_SOURCE", d.clonesPerSource()),
                (long) setting("encompass.deviceWriteMiBps", "ENCOMPASS_DEVICE_WRITE_MIBPS",
                        (int) (d.deviceWriteBytesPerSecond() >> 20)) << 20,
                (long) setting("encompass.sourceReadMiBps", "ENCOMPASS_SOURCE_READ_MIBPS",
                        (int) (d.sourceReadBytesPerSecond() >> 20)) << 20,
                !"false".equalsIgnoreCase(text("encompass.cascade", "ENCOMPASS_CASCADE")),
                setting("encompass.writeBehindCopies", "ENCOMPASS_WRITE_BEHIND_COPIES", d.writeBehindCopies()));
    }

    private static String text(String property, String variable) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(variable);
    }

    private static int setting(String property, String variable, int fallback) {
        String value = text(property, variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < 1) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " (" + property + ") must be a whole number of at least 1, was '"
                    + value + "'");
        }
    }

    /** Who the journal says ran the operations (a client of a repository server: its authenticated user). */
    public EngineOptions withUser(String name) {
        return new EngineOptions(name, deactivateTimeout, maxParallel, clonesPerDevice, clonesPerSource,
                deviceWriteBytesPerSecond, sourceReadBytesPerSecond, cascading, writeBehindCopies);
    }

    public EngineOptions withDeactivateTimeout(Duration timeout) {
        return new EngineOptions(user, timeout, maxParallel, clonesPerDevice, clonesPerSource,
                deviceWriteBytesPerSecond, sourceReadBytesPerSecond, cascading, writeBehindCopies);
    }

    public EngineOptions withMaxParallel(int parallel) {
        return new EngineOptions(user, deactivateTimeout, parallel, clonesPerDevice, clonesPerSource,
                deviceWriteBytesPerSecond, sourceReadBytesPerSecond, cascading, writeBehindCopies);
    }

    public EngineOptions withCloneLimits(int perDevice, int perSource) {
        return new EngineOptions(user, deactivateTimeout, maxParallel, perDevice, perSource,
                deviceWriteBytesPerSecond, sourceReadBytesPerSecond, cascading, writeBehindCopies);
    }

    /** The cost model's bandwidths (bytes per second): device writes, and reads of one source image. */
    public EngineOptions withBandwidths(long deviceWrite, long sourceRead) {
        return new EngineOptions(user, deactivateTimeout, maxParallel, clonesPerDevice, clonesPerSource,
                deviceWrite, sourceRead, cascading, writeBehindCopies);
    }

    /** Whether many full copies may be cloned in cascade (from first-generation clones) when the cost model says so. */
    public EngineOptions withCascading(boolean allowed) {
        return new EngineOptions(user, deactivateTimeout, maxParallel, clonesPerDevice, clonesPerSource,
                deviceWriteBytesPerSecond, sourceReadBytesPerSecond, allowed, writeBehindCopies);
    }

    /** How many write-behind copies may write to one storage device at once (reads per source stay limited). */
    public EngineOptions withWriteBehindCopies(int copies) {
        return new EngineOptions(user, deactivateTimeout, maxParallel, clonesPerDevice, clonesPerSource,
                deviceWriteBytesPerSecond, sourceReadBytesPerSecond, cascading, copies);
    }
}
