package org.encompass.core.customization;

/**
 * Applying or rolling back customization items stopped at one item. Items before it (in the direction of
 * travel) were done and reported; the item itself left the image as it was.
 */
public class CustomizationException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int itemIndex;
    private final int pointerReached;

    public CustomizationException(String message, int itemIndex, int pointerReached, Throwable cause) {
        super(message, cause);
        this.itemIndex = itemIndex;
        this.pointerReached = pointerReached;
    }

    /** 0-based index of the item that failed (messages show it 1-based). */
    public int itemIndex() {
        return itemIndex;
    }

    /** The clone's pointer after the failure: the number of items the image now holds. */
    public int pointerReached() {
        return pointerReached;
    }
}
