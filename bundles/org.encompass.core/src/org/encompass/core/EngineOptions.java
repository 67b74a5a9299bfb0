package org.encompass.core;

import java.time.Duration;

/**
 * Settings of one engine.
 *
 * @param user               who the journal says ran the operations
 * @param deactivateTimeout  how long a graceful shutdown may take before the machine is powered off
 * @param maxParallel        how many machines a deploy works on at once
 */
public record EngineOptions(String user, Duration deactivateTimeout, int maxParallel) {

    public static EngineOptions defaults() {
        return new EngineOptions(System.getProperty("user.name", "operator"), Duration.ofSeconds(60),
                Math.max(2, Runtime.getRuntime().availableProcessors() * 2));
    }

    public EngineOptions withDeactivateTimeout(Duration timeout) {
        return new EngineOptions(user, timeout, maxParallel);
    }

    public EngineOptions withMaxParallel(int parallel) {
        return new EngineOptions(user, deactivateTimeout, parallel);
    }
}
