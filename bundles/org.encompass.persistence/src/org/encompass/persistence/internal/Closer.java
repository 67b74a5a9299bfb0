package org.encompass.persistence.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Closes what was opened, newest first, each step in its own try: a failing step never keeps the
 * older ones (Derby, the lock file) from being released. Net4j leaves non-daemon threads behind
 * when a container is not deactivated, so every started part must be registered here at once.
 */
public final class Closer {

	/** One step of the shutdown. */
	@FunctionalInterface
	public interface Step {
		void close() throws Exception;
	}

	private record Named(String name, Step step) {
	}

	private final Deque<Named> steps = new ArrayDeque<>();

	public synchronized void register(String name, Step step) {
		steps.push(new Named(name, step));
	}

	/**
	 * Runs every registered step, newest first.
	 *
	 * @return the first failure (later ones added as suppressed), or null if all steps succeeded
	 */
	public synchronized Exception closeAll() {
		Exception first = null;
		while (!steps.isEmpty()) {
			Named named = steps.pop();
			try {
				named.step().close();
			} catch (Exception | LinkageError e) {
				Exception failure = new Exception("could not close " + named.name() + ": " + e, e);
				if (first == null) {
					first = failure;
				} else {
					first.addSuppressed(failure);
				}
			}
		}
		return first;
	}
}
