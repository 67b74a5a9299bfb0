package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/**
 * The JSON document a run printed, with the run itself, so that every assertion on a value shows the
 * command, its exit code, stdout and stderr when it fails.
 */
record Doc(Object json, CliRun run) {

    static Doc of(CliRun run) {
        return new Doc(run.json(), run);
    }

    Object at(Object... path) {
        try {
            return Json.at(json, path);
        } catch (RuntimeException e) {
            throw new AssertionError(e.getMessage() + "\n" + run.describe(), e);
        }
    }

    String string(Object... path) {
        Object value = at(path);
        return value == null ? null : value.toString();
    }

    List<?> list(Object... path) {
        return (List<?>) at(path);
    }

    /** Asserts the value at {@code path}; on failure the message shows the whole run. */
    Doc expect(Object expected, Object... path) {
        assertEquals(expected, at(path), () -> "at " + List.of(path) + "\n" + run.describe());
        return this;
    }

    String describe() {
        return run.describe();
    }
}
