package org.encompass.core.tests.fake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Faults the fake drivers inject on request: a driver error, or a "crash" that kills the operation. */
public final class Faults {
    public enum Kind { FAIL, CRASH }

    private static final Map<String, Kind> NEXT = new ConcurrentHashMap<>();

    private Faults() {
    }

    /** The next call of {@code operation} (e.g. "clone", "attach") fails or crashes. */
    public static void next(String operation, Kind kind) {
        NEXT.put(operation, kind);
    }

    public static void clear() {
        NEXT.clear();
    }

    static void check(String operation) throws org.encompass.core.spi.DriverException {
        Kind kind = NEXT.remove(operation);
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
