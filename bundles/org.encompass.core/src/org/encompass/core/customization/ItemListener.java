package org.encompass.core.customization;

/**
 * Told about every item just before it is written (so the caller can make its intent durable) and as soon as
 * it has been written (so the caller can persist the clone's pointer).
 */
@FunctionalInterface
public interface ItemListener {

    /**
     * Item {@code record.index()} is now in the image; the clone's pointer is {@code record.index() + 1}.
     * If this throws, the engine undoes the item in the image and stops, so the image again matches the
     * last pointer that was accepted.
     */
    void applied(UndoRecord record) throws Exception;

    /**
     * Item {@code intent.index()} is about to be written, with the old bytes and the new bytes' digest in
     * {@code intent}; the clone's pointer is still {@code intent.index()}. The caller records the intent
     * durably before returning, so that a crash during the write can be settled by comparing the file with
     * both sides ({@link CustomizationEngine#inspect}). If this throws, nothing is written and the engine stops.
     */
    default void writing(UndoRecord intent) throws Exception {
    }

    /** Asked before each item: {@code true} stops there, leaving the items applied so far (a cancelled job). */
    default boolean cancelled() {
        return false;
    }

    ItemListener NONE = record -> {
    };
}
