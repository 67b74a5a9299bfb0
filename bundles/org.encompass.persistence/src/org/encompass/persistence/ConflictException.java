package org.encompass.persistence;

/**
 * A commit was refused because another session changed the same objects first. Nothing of this
 * transaction was written and the other session's values stand; the caller decides whether to
 * re-read and try again. Never retried silently.
 */
public class ConflictException extends PersistenceException {

	private static final long serialVersionUID = 1L;

	public ConflictException(String message, Throwable cause) {
		super(message, cause);
	}
}
