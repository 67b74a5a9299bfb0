package org.encompass.persistence.internal;

/** Turns exception chains into one-line reasons for messages shown to operators. */
public final class Failures {

	private Failures() {
	}

	/**
	 * The outer and the innermost message (the innermost usually explains, e.g. "Connection
	 * refused"), first lines only: CDO sends server-side failures as messages holding whole stack
	 * traces.
	 */
	public static String reason(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String outer = firstLine(e.getMessage());
		String inner = firstLine(root.getMessage());
		if (root != e && outer != null && inner != null && !outer.contains(inner)) {
			return outer + " (" + inner + ")";
		}
		if (outer != null) {
			return outer;
		}
		return inner != null ? inner : root.getClass().getName();
	}

	private static String firstLine(String message) {
		if (message == null || message.isBlank()) {
			return null;
		}
		String line = message.strip();
		int end = line.indexOf('\n');
		return (end < 0 ? line : line.substring(0, end)).strip();
	}
}
