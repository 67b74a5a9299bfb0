package org.encompass.core.customization;

/** Told about every item as soon as it has been written, so the caller can persist the clone's pointer. */
@FunctionalInterface
public interface ItemListener {

    /**
     * Item {@code record.index()} is now in the image; the clone's pointer is {@code record.index() + 1}.
     * If this throws, the engine undoes the item in the image and stops, so the image again matches the
     * last pointer that was accepted.
     */
    void applied(UndoRecord record) throws Exception;

    /** Asked before each item: {@code true} stops there, leaving the items applied so far (a cancelled job). */
    default boolean cancelled() {
        return false;
    }

    ItemListener NONE = record -> {
    };
}
