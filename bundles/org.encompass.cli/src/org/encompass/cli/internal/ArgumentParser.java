package org.encompass.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

/**
 * The one command-line parser of all commands. {@code encompass [global options] COMMAND [arguments]};
 * options may come anywhere after the command too, as {@code --name VALUE}, {@code --name=VALUE} or
 * {@code --flag}; {@code --} ends the options (what follows is positional even if it starts with a
 * dash); {@code -h} is {@code --help}. A value is taken as is, even when it starts with a dash.
 */
public final class ArgumentParser {

    /** Options every command accepts. */
    public static final List<OptionSpec> GLOBAL_OPTIONS = List.of(OptionSpec.value("data", "DIR"),
            OptionSpec.value("connect", "HOST:PORT"), OptionSpec.value("server", "HOST:PORT"), OptionSpec.value("user", "NAME"),
            OptionSpec.flag("json"), OptionSpec.flag("help"),
            OptionSpec.flag("version"));

    private static final String END_OF_OPTIONS = "--";

    private final CommandTable commands;

    public ArgumentParser(CommandTable commands) {
        this.commands = commands;
    }

    /**
     * What was asked for.
     *
     * @param command   the command, or {@code null} when none was named
     * @param group     the first word when only a group was named ({@code encompass master --help})
     * @param arguments positionals and options, globals included
     */
    public record Invocation(CommandSpec command, String group, ParsedArguments arguments) {
        public boolean help() {
            return arguments.flag("help");
        }

        /** The global --version, unless the command has a --version option of its own (master import). */
        public boolean version() {
            return !ownsOption(command, "version") && arguments.flag("version");
        }

        public boolean json() {
            return arguments.flag("json");
        }
    }

    public Invocation parse(String... args) {
        List<String> tokens = List.of(args);
        Map<String, List<String>> options = new LinkedHashMap<>();
        int i = 0;
        while (i < tokens.size() && isOption(tokens.get(i))) {
            i = option(tokens, i, GLOBAL_OPTIONS, options, null);
        }
        int wordsEnd = i;
        while (wordsEnd < tokens.size() && !isOption(tokens.get(wordsEnd)) && !END_OF_OPTIONS.equals(tokens.get(wordsEnd))) {
            wordsEnd++;
        }
        List<String> words = tokens.subList(i, wordsEnd);
        CommandSpec command = null;
        String group = null;
        for (int length = Math.min(2, words.size()); length > 0 && command == null; length--) {
            Optional<CommandSpec> match = commands.find(String.join(" ", words.subList(0, length)));
            if (match.isPresent()) {
                command = match.get();
                i += length;
            }
        }
        if (command == null && !words.isEmpty()) {
            if (!commands.isGroup(words.get(0))) {
                throw new UsageException(NLS.bind(Messages.unknownCommand, words.get(0)) + Messages.seeGeneralHelp);
            }
            group = words.get(0);
            i++;
            if (words.size() > 1) {
                throw new UsageException(NLS.bind(Messages.unknownSubcommand, group + " " + words.get(1), group));
            }
        }
        String name = command != null ? command.name() : group != null ? group : "";
        // A command's own option wins over a global one of the same name (master import --version V).
        List<OptionSpec> accepted = new ArrayList<>();
        if (command != null) {
            accepted.addAll(command.options());
        }
        for (OptionSpec global : GLOBAL_OPTIONS) {
            if (!ownsOption(command, global.name())) {
                accepted.add(global);
            }
        }
        List<String> positionals = new ArrayList<>();
        while (i < tokens.size()) {
            String token = tokens.get(i);
            if (END_OF_OPTIONS.equals(token)) {
                positionals.addAll(tokens.subList(i + 1, tokens.size()));
                break;
            }
            if (isOption(token)) {
                i = option(tokens, i, accepted, options, name);
            } else {
                positionals.add(token);
                i++;
            }
        }
        ParsedArguments arguments = new ParsedArguments(name, positionals, options);
        if (command != null && !arguments.flag("help") && !(arguments.flag("version") && !ownsOption(command, "version"))) {
            checkPositionals(command, arguments);
        }
        if (command == null && !positionals.isEmpty()) {
            throw new UsageException(NLS.bind(Messages.unexpectedArgument, positionals.get(0)) + Messages.seeGeneralHelp);
        }
        return new Invocation(command, group, arguments);
    }

    static boolean ownsOption(CommandSpec command, String option) {
        return command != null && command.options().stream().anyMatch(o -> o.name().equals(option));
    }

    private static boolean isOption(String token) {
        return token.startsWith("-") && token.length() > 1 && !END_OF_OPTIONS.equals(token);
    }

    /** Parses the option at {@code tokens[i]} into {@code options}; returns the index after it (and its value). */
    private static int option(List<String> tokens, int i, List<OptionSpec> accepted, Map<String, List<String>> options,
            String command) {
        String token = tokens.get(i);
        String name;
        String inlineValue = null;
        if ("-h".equals(token)) {
            name = "help";
        } else if (token.startsWith("--")) {
            int eq = token.indexOf('=');
            name = eq < 0 ? token.substring(2) : token.substring(2, eq);
            inlineValue = eq < 0 ? null : token.substring(eq + 1);
        } else {
            throw unknownOption(token, command);
        }
        OptionSpec spec = accepted.stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> unknownOption(withoutValue(token), command));
        List<String> values = options.computeIfAbsent(name, n -> new ArrayList<>());
        if (!values.isEmpty() && !spec.repeatable()) {
            throw withHelp(NLS.bind(Messages.optionTwice, "--" + name), command);
        }
        if (!spec.takesValue()) {
            if (inlineValue != null) {
                throw withHelp(NLS.bind(Messages.flagWithValue, "--" + name), command);
            }
            values.add("true");
            return i + 1;
        }
        if (inlineValue != null) {
            values.add(inlineValue);
            return i + 1;
        }
        if (i + 1 >= tokens.size()) {
            throw withHelp(NLS.bind(Messages.optionNeedsValue, "--" + name, spec.valueName()), command);
        }
        values.add(tokens.get(i + 1));
        return i + 2;
    }

    /** {@code --name} of {@code --name=value}, so a message never repeats a value (it may be a secret). */
    private static String withoutValue(String token) {
        int eq = token.indexOf('=');
        return eq < 0 ? token : token.substring(0, eq);
    }

    private static UsageException unknownOption(String option, String command) {
        if (command == null || command.isEmpty()) {
            return new UsageException(NLS.bind(Messages.unknownGlobalOption, option));
        }
        return new UsageException(NLS.bind(Messages.unknownOption, option, command));
    }

    private static UsageException withHelp(String message, String command) {
        return new UsageException(message + (command == null || command.isEmpty() ? Messages.seeGeneralHelp
                : NLS.bind(Messages.seeCommandHelp, command)));
    }

    private static void checkPositionals(CommandSpec command, ParsedArguments arguments) {
        int given = arguments.positionals().size();
        if (given < command.minPositionals()) {
            List<String> missing = command.positionals().stream().filter(p -> !p.startsWith("[")).toList()
                    .subList(given, command.minPositionals());
            throw arguments.usage(NLS.bind(Messages.missingArguments, String.join(" ", missing)));
        }
        if (given > command.maxPositionals()) {
            String expected = command.positionals().isEmpty() ? Messages.noArguments
                    : String.join(" ", command.positionals());
            throw arguments.usage(NLS.bind(Messages.tooManyArguments,
                    String.join(" ", arguments.positionalsFrom(command.maxPositionals())), expected));
        }
    }
}
