package org.encompass.persistence.tests;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds threads left running. Net4j's non-daemon threads keep a JVM from exiting; its daemon
 * pools (10 threads per container) pile up in a long-running console if a container is not
 * deactivated. So every thread counts, except JVM-wide singletons that libraries start once.
 */
final class Threads {

	/**
	 * Started once per JVM: net4j's shared timers, EMF's and Derby's engine-wide cleaners, pgjdbc's cleaner and
	 * timer (daemons that end themselves when idle).
	 */
	private static final Pattern SINGLETONS = Pattern.compile(
			"Timer-\\d+|monitor-timer|EMF Reference Cleaner|derby\\.antiGC|PostgreSQL-JDBC-(Cleaner|SharedTimer-\\d+)");

	private Threads() {
	}

	static Set<Thread> alive() {
		return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
	}

	/** Threads alive now that were not in {@code before}, after giving stopping threads up to {@code millis}. */
	static List<String> leftSince(Set<Thread> before, long millis) throws InterruptedException {
		long deadline = System.currentTimeMillis() + millis;
		List<String> left;
		do {
			left = alive().stream().filter(t -> !before.contains(t) && !SINGLETONS.matcher(t.getName()).matches())
					.map(t -> t.getName() + (t.isDaemon() ? " (daemon)" : "")).sorted().toList();
			if (left.isEmpty()) {
				return left;
			}
			Thread.sleep(50);
		} while (System.currentTimeMillis() < deadline);
		return left;
	}
}
