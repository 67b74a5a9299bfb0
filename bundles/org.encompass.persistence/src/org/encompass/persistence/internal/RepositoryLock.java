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
 * An exclusive OS lock on {@code <data>/encompass.lock}, holding the owner's pid. Derby refuses a
 * second boot of a database too, but only after a cryptic chain of SQL exceptions; this lock says
 * who holds the directory before anything else is touched. The OS drops the lock when the owning
 * process dies, so a crash leaves no stale lock behind (the file itself stays, unlocked).
 */
public final class RepositoryLock implements AutoCloseable {

	public static final String FILE_NAME = "encompass.lock";

	private final Path file;
	private final FileChannel channel;
	private final FileLock lock;

	private RepositoryLock(Path file, FileChannel channel, FileLock lock) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
	}

	public static RepositoryLock acquire(Path dataDirectory) {
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
				throw new RepositoryInUseException("repository " + dataDirectory
						+ " is in use by another process (pid " + readOwner(file) + ")");
			}
			writeOwner(channel);
			return new RepositoryLock(file, channel, lock);
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

	private static void writeOwner(FileChannel channel) throws IOException {
		byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
		channel.truncate(0);
		channel.write(ByteBuffer.wrap(pid), 0);
		channel.force(false);
	}

	private static String readOwner(Path file) {
		try {
			String owner = Files.readString(file, StandardCharsets.US_ASCII).strip();
			return owner.isEmpty() ? "unknown" : owner;
		} catch (IOException e) {
			return "unknown";
		}
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
