package org.encompass.persistence;

/**
 * The data directory is locked by another process, or is already open in this one. Says what holds it, as
 * far as its lock file tells: the pid, the holder's name ("the console"), and the TCP port it shares the
 * repository on.
 */
public class RepositoryInUseException extends PersistenceException {

	private static final long serialVersionUID = 1L;

	private final long pid;
	private final String holder;
	private final int tcpPort;

	public RepositoryInUseException(String message) {
		this(message, -1, null, RepositoryOptions.TCP_OFF);
	}

	public RepositoryInUseException(String message, long pid, String holder, int tcpPort) {
		super(message);
		this.pid = pid;
		this.holder = holder;
		this.tcpPort = tcpPort;
	}

	/** The holder's process id, or -1 when unknown. */
	public long pid() {
		return pid;
	}

	/** The name the holder gave itself ({@link RepositoryOptions#withHolder}), or null. */
	public String holder() {
		return holder;
	}

	/** The TCP port the holder shares the repository on, or {@link RepositoryOptions#TCP_OFF}. */
	public int tcpPort() {
		return tcpPort;
	}
}
