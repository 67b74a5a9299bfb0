package org.encompass.core.customization;

/**
 * One step of a master's customization list (paper section 2.4): a change to one file inside an image.
 * The engine maps the model's items onto these values; they carry no behaviour of their own.
 */
public sealed interface CustomizationItem permits FileReplacement, RegexReplacement {

    /** What the operator called this item, used in messages; may be empty. */
    String description();

    /** Image-absolute path of the file this item changes, for example {@code /etc/hostname}. */
    String path();
}
