package org.encompass.persistence.internal;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Derby's engine (its modules, not a database), booted on a thread of its own while the process does other
 * things, for a short-lived process that opens a repository soon (the command line: about a fifth of its
 * start). Derby reads where its log goes once, when the engine boots, and the data directory (whose derby.log
 * it is) is not known yet then: the engine logs to {@link #log()}, which keeps what it is given until the
 * first database is opened and then writes to that database's log file, as {@code derby.stream.error.file}
 * would have (a new file each process).
 */
public final class DerbyEngine {
	static final String ERROR_LOG_PROPERTY = "derby.stream.error.file";
	private static final String ERROR_METHOD_PROPERTY = "derby.stream.error.method";
	private static final DeferredLog LOG = new DeferredLog();
	private static volatile CompletableFuture<Void> boot;

	private DerbyEngine() {
	}

	/** Starts booting the engine on another thread, unless something chose Derby's log already. */
	public static synchronized void bootInBackground() {
		if (boot != null || System.getProperty(ERROR_LOG_PROPERTY) != null || System.getProperty(ERROR_METHOD_PROPERTY) != null) {
			return;
		}
		System.setProperty(ERROR_METHOD_PROPERTY, DerbyEngine.class.getName() + ".log");
		CompletableFuture<Void> started = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				new org.apache.derby.jdbc.EmbeddedDriver();
			} catch (RuntimeException | LinkageError e) {
				// the open boots it again and says why it cannot
			} finally {
				started.complete(null);
			}
		}, "Derby engine boot");
		thread.setDaemon(true);
		boot = started;
		thread.start();
	}

	/**
	 * Before a database is opened: waits for a boot begun in the background (no class of Derby is touched while
	 * it runs), and sends the log where {@code errorLog} says unless the process chose otherwise already.
	 */
	static void prepare(Path errorLog) {
		CompletableFuture<Void> started = boot;
		if (started != null) {
			started.join();
			LOG.writeTo(errorLog);
		} else if (System.getProperty(ERROR_LOG_PROPERTY) == null) {
			System.setProperty(ERROR_LOG_PROPERTY, errorLog.toString());
		}
	}

	/** Derby's log stream ({@code derby.stream.error.method}); public for Derby, which looks it up by name. */
	public static OutputStream log() {
		return LOG;
	}

	/** Keeps what is written until it has a file, then writes there (the first file it is given: once a process). */
	private static final class DeferredLog extends OutputStream {
		private ByteArrayOutputStream pending = new ByteArrayOutputStream();
		private OutputStream file;

		synchronized void writeTo(Path errorLog) {
			if (pending == null) {
				return;
			}
			try {
				file = new FileOutputStream(errorLog.toFile());
				pending.writeTo(file);
			} catch (IOException e) {
				file = OutputStream.nullOutputStream(); // as Derby does with a log file it cannot open
			}
			pending = null;
		}

		@Override
		public synchronized void write(int b) throws IOException {
			target().write(b);
		}

		@Override
		public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
			target().write(bytes, offset, length);
		}

		private OutputStream target() {
			return pending != null ? pending : file;
		}
	}
}
