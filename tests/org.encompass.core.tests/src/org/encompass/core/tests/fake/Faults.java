package org.encompass.core.tests.fake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Faults the fake drivers inject on request: a driver error, or a "crash" that kills the operation. */
public final class Faults {
    public enum Kind { FAIL, CRASH, HANG }

    private static final Map<String, Kind> NEXT = new ConcurrentHashMap<>();
    /** Operations currently hanging, so a test knows when to cancel. */
    public static final java.util.Set<String> HANGING = ConcurrentHashMap.newKeySet();

    private Faults() {
    }

    /** The next call of {@code operation} (e.g. "clone", "attach") fails or crashes. */
    public static void next(String operation, Kind kind) {
        NEXT.put(operation, kind);
    }

    /** Whether a fault is still waiting for the next call of {@code operation}. */
    public static boolean pendingFor(String operation) {
        return NEXT.containsKey(operation);
    }

    public static void clear() {
        NEXT.clear();
        HANGING.clear();
        RELEASED.clear();
    }

    private static final java.util.Set<String> RELEASED = ConcurrentHashMap.newKeySet();

    /** Lets the hanging {@code operation} go on as if nothing had happened (the slow part is over). */
    public static void release(String operation) {
        RELEASED.add(operation);
    }

    static void check(String operation) throws org.encompass.core.spi.DriverException {
        check(operation, null);
    }

    /** HANG waits (at most 20 s) until the operation's monitor is cancelled or it is released, like a long copy would. */
    static void check(String operation, org.eclipse.core.runtime.IProgressMonitor monitor)
            throws org.encompass.core.spi.DriverException {
        Kind kind = NEXT.remove(operation);
        if (kind == Kind.HANG) {
            HANGING.add(operation);
            long end = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < end) {
                if (RELEASED.remove(operation)) {
                    HANGING.remove(operation);
                    return;
                }
                if (monitor != null && monitor.isCanceled()) {
                    throw new org.eclipse.core.runtime.OperationCanceledException();
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new org.eclipse.core.runtime.OperationCanceledException();
                }
            }
            throw new org.encompass.core.spi.DriverException("hung operation was never cancelled");
        }
        if (kind == Kind.FAIL) {
            throw new org.encompass.core.spi.DriverException("injected failure in " + operation);
        }
        if (kind == Kind.CRASH) {
            // An Error is not caught by the engine: the operation ends like a killed process would.
            throw new SimulatedCrash(operation);
        }
    }

    /** Stands for the process dying in the middle of an operation. */
    public static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(String operation) {
            super("simulated crash in " + operation);
        }
    }
}
