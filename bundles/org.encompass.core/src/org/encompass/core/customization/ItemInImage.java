package org.encompass.core.customization;

/**
 * What an image holds for an item that was in progress when the process stopped: its intent (the
 * {@link UndoRecord}) was recorded before the image was touched, and the file is compared with both
 * sides of it ({@link CustomizationEngine#inspect}).
 */
public enum ItemInImage {
    /** The file holds the bytes the item writes: the item is in the image. */
    APPLIED,
    /** The file holds its bytes from before the item (or is absent when the item creates it). */
    NOT_APPLIED,
    /** Neither: the file was changed some other way; nothing can tell which side is right. */
    NEITHER
}
