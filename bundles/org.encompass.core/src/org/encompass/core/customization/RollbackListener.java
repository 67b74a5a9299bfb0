package org.encompass.core.customization;

/**
 * Told about every item just before it is undone (so the caller can make its intent durable) and as soon as
 * it has been undone (so the caller can persist the clone's pointer).
 */
@FunctionalInterface
public interface RollbackListener {

    /**
     * Item {@code record.index()} has been undone in the image; the clone's pointer is now
     * {@code record.index()}. If this throws, the engine puts the item's applied bytes back and stops, so
     * the image again matches the last pointer that was accepted.
     */
    void rolledBack(UndoRecord record) throws Exception;

    /**
     * Item {@code record.index()} is about to be undone (its original bytes put back). The caller records
     * that intent durably before returning; if this throws, nothing is restored and the engine stops.
     */
    default void restoring(UndoRecord record) throws Exception {
    }

    RollbackListener NONE = record -> {
    };
}
