package org.encompass.persistence;

/** The data directory is locked by another process, or is already open in this one. */
public class RepositoryInUseException extends PersistenceException {

	private static final long serialVersionUID = 1L;

	public RepositoryInUseException(String message) {
		super(message);
	}
}
