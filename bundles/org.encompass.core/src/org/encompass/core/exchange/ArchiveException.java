package org.encompass.core.exchange;

import org.encompass.core.EncompassException;

/** A site archive that cannot be read or trusted: malformed, incomplete, hostile or not matching its checksums. */
public class ArchiveException extends EncompassException {
    private static final long serialVersionUID = 1L;

    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
