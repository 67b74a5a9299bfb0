package org.encompass.core.customization;

/**
 * Replaces (or creates) a file with new content.
 *
 * @param description what the operator called this item, used in messages
 * @param path        image-absolute path of the file; its parent directory must exist
 * @param content     the new content (written as UTF-8)
 * @param template    {@code true}: {@code ${name}} in {@code content} is replaced by the clone's value
 *                    and {@code $${} is a literal {@code ${}; {@code false}: the content is taken as is
 */
public record FileReplacement(String description, String path, String content, boolean template)
        implements CustomizationItem {
}
