package org.encompass.cli.internal;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * What a command produced: one JSON document (for {@code --json}) and the same facts as text for
 * people. Commands return it instead of printing, so {@code --json} always yields exactly one document.
 *
 * @param json     maps, lists, strings, numbers, booleans and dates ({@link JsonWriter})
 * @param text     prints the human-readable form
 * @param exitCode 0, or 1 when part of the work failed (a deploy onto some machines)
 */
public record Result(Object json, Consumer<PrintStream> text, int exitCode) {

    public static Result of(Object json, Consumer<PrintStream> text) {
        return new Result(json, text, 0);
    }

    /** A result whose text is one line. */
    public static Result line(Object json, String line) {
        return new Result(json, out -> out.println(line), 0);
    }

    public Result withExitCode(int code) {
        return new Result(json, text, code);
    }
}
