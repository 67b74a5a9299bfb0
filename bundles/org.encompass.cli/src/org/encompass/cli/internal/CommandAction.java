package org.encompass.cli.internal;

/** What a command does once its arguments parsed. */
@FunctionalInterface
public interface CommandAction {
    Result run(CommandContext context, ParsedArguments arguments);
}
