package org.encompass.persistence.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.encompass.persistence.PersistenceException;
import org.encompass.persistence.RepositoryInUseException;

/**
 * An exclusive OS lock on {@code <data>/encompass.lock}, holding the owner's pid, its name (the console, a
 * command line) and the TCP port it shares the repository on. Derby refuses a
 * second boot of a database too, but only after a cryptic chain of SQL exceptions; this lock says
 * who holds the directory before anything else is touched. The OS drops the lock when the owning
 * process dies, so a crash leaves no stale lock behind (the file itself stays, unlocked).
 */
public final class RepositoryLock implements AutoCloseable {

	public static final String FILE_NAME = "encompass.lock";

	private final Path file;
	private final FileChannel channel;
	private final FileLock lock;
	private final String holder;

	private RepositoryLock(Path file, FileChannel channel, FileLock lock, String holder) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
		this.holder = holder;
	}

	public static RepositoryLock acquire(Path dataDirectory) {
		return acquire(dataDirectory, null);
	}

	/**
	 * Locks the data directory; the lock file then holds this process's pid and {@code holder} (one line
	 * each), and the TCP port once {@link #sharedOn} tells it.
	 */
	public static RepositoryLock acquire(Path dataDirectory, String holder) {
		Path file = dataDirectory.resolve(FILE_NAME);
		FileChannel channel;
		try {
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
		} catch (IOException e) {
			throw new PersistenceException("cannot create lock file " + file + ": " + e.getMessage(), e);
		}
		try {
			FileLock lock = tryLock(dataDirectory, channel);
			if (lock == null) {
				throw refusal(dataDirectory, file);
			}
			RepositoryLock acquired = new RepositoryLock(file, channel, lock, holder);
			acquired.writeOwner(org.encompass.persistence.RepositoryOptions.TCP_OFF);
			return acquired;
		} catch (RuntimeException | IOException e) {
			closeQuietly(channel);
			if (e instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new PersistenceException("cannot lock " + file + ": " + e.getMessage(), e);
		}
	}

	private static FileLock tryLock(Path dataDirectory, FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		} catch (OverlappingFileLockException e) {
			// The JVM tracks its own locks: another EncompassRepository in this process holds it.
			throw new RepositoryInUseException("repository " + dataDirectory
					+ " is already open in this process (pid " + ProcessHandle.current().pid() + ")");
		}
	}

	/** Records the TCP port the repository is shared on, for the refusal another process gets. */
	public void sharedOn(int tcpPort) throws IOException {
		writeOwner(tcpPort);
	}

	private void writeOwner(int tcpPort) throws IOException {
		String text = ProcessHandle.current().pid() + "\n" + (holder == null ? "" : holder.replace('\n', ' ')) + "\n"
				+ (tcpPort == org.encompass.persistence.RepositoryOptions.TCP_OFF ? "" : Integer.toString(tcpPort)) + "\n";
		channel.truncate(0);
		channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
		channel.force(false);
	}

	/** "in use by the console (pid 12)", as far as the holder's lock file says (older ones hold only the pid). */
	private static RepositoryInUseException refusal(Path dataDirectory, Path file) {
		String[] lines;
		try {
			lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
		} catch (IOException e) {
			lines = new String[0];
		}
		String pidText = lines.length > 0 ? lines[0].strip() : "";
		long pid = pidText.matches("\\d+") ? Long.parseLong(pidText) : -1;
		String holder = lines.length > 1 && !lines[1].isBlank() ? lines[1].strip() : null;
		int port = lines.length > 2 && lines[2].strip().matches("\\d{1,5}") ? Integer.parseInt(lines[2].strip())
				: org.encompass.persistence.RepositoryOptions.TCP_OFF;
		String message = "repository " + dataDirectory + " is in use by " + (holder == null ? "another process" : holder)
				+ " (pid " + (pid < 0 ? "unknown" : Long.toString(pid)) + ")";
		return new RepositoryInUseException(message, pid, holder, port);
	}

	private static void closeQuietly(FileChannel channel) {
		try {
			channel.close();
		} catch (IOException e) {
			// Nothing more can be done; the OS releases the lock with the channel anyway.
		}
	}

	public Path file() {
		return file;
	}

	@Override
	public void close() throws IOException {
		try {
			lock.release();
		} finally {
			channel.close();
		}
	}
}
