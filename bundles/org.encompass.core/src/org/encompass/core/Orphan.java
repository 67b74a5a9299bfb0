package org.encompass.core;

/**
 * An image on a storage device that no master or live clone owns: left by a crash mid-copy, a failed
 * cleanup, or someone else. {@code inUse} = it may belong to an operation still running (a staging file
 * while the journal shows a RUNNING operation on that device); such orphans are not reclaimed.
 */
public record Orphan(String storage, String location, long bytes, String reason, boolean inUse) {
}
