package org.encompass.core.customization;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What applying one item changed, kept by the caller so that the item can be rolled back exactly.
 *
 * @param index           0-based index of the item in the master's list
 * @param path            normalized image-absolute path of the file the item changed
 * @param existedBefore   whether the file existed before the item was applied (rollback deletes it if not)
 * @param originalContent the file's bytes before the item was applied; {@code null} when it did not exist
 * @param appliedSha256   lowercase hex SHA-256 of the bytes the item wrote; rollback refuses (unless
 *                        forced) when the file no longer has them
 */
public record UndoRecord(int index, String path, boolean existedBefore, byte[] originalContent,
        String appliedSha256) {

    public UndoRecord {
        if (index < 0) {
            throw new IllegalArgumentException("undo record index must not be negative: " + index);
        }
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("undo record for item " + (index + 1) + " has no path");
        }
        if (existedBefore != (originalContent != null)) {
            throw new IllegalArgumentException("undo record for item " + (index + 1) + " (" + path + ") "
                    + (existedBefore ? "says the file existed but has no original content"
                            : "says the file did not exist but has original content"));
        }
        if (appliedSha256 == null || !appliedSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("undo record for item " + (index + 1) + " (" + path
                    + ") has no valid SHA-256: " + appliedSha256);
        }
        originalContent = originalContent == null ? null : originalContent.clone();
    }

    /** The file's bytes before the item was applied (a copy), or {@code null} when it did not exist. */
    @Override
    public byte[] originalContent() {
        return originalContent == null ? null : originalContent.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UndoRecord that && index == that.index && existedBefore == that.existedBefore
                && path.equals(that.path) && Arrays.equals(originalContent, that.originalContent)
                && appliedSha256.equals(that.appliedSha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, path, existedBefore, Arrays.hashCode(originalContent), appliedSha256);
    }

    @Override
    public String toString() {
        return "UndoRecord[item " + (index + 1) + ", " + path + ", "
                + (existedBefore ? originalContent.length + " original bytes" : "created") + ", applied sha256 "
                + appliedSha256 + "]";
    }

    /** Lowercase hex SHA-256 of {@code content}, as used for {@link #appliedSha256()}. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
