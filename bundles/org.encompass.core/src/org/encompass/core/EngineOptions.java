package org.encompass.core;

import java.time.Duration;

/**
 * Settings of one engine.
 *
 * @param user                 who the journal says ran the operations
 * @param deactivateTimeout    how long a graceful shutdown may take before the machine is powered off
 * @param maxParallel          how many machines a deploy (or clones a multi-clone) works on at once
 * @param clonesPerDevice      how many copies may write to one storage device at once
 * @param clonesPerSource      how many copies may read one source image at once (paper, section 5:
 *                             "massive concurrent cloning may be limited by read access to the master")
 */
public record EngineOptions(String user, Duration deactivateTimeout, int maxParallel, int clonesPerDevice,
        int clonesPerSource) {

    public EngineOptions {
        if (maxParallel < 1 || clonesPerDevice < 1 || clonesPerSource < 1) {
            throw new IllegalArgumentException("parallelism limits must be at least 1");
        }
    }

    public static EngineOptions defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new EngineOptions(System.getProperty("user.name", "operator"), Duration.ofSeconds(60),
                Math.max(2, cores * 2), Math.max(2, cores * 2), Math.max(2, cores));
    }

    public EngineOptions withDeactivateTimeout(Duration timeout) {
        return new EngineOptions(user, timeout, maxParallel, clonesPerDevice, clonesPerSource);
    }

    public EngineOptions withMaxParallel(int parallel) {
        return new EngineOptions(user, deactivateTimeout, parallel, clonesPerDevice, clonesPerSource);
    }

    public EngineOptions withCloneLimits(int perDevice, int perSource) {
        return new EngineOptions(user, deactivateTimeout, maxParallel, perDevice, perSource);
    }
}
