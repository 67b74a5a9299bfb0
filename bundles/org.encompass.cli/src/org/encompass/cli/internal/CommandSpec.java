package org.encompass.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A command: its words ({@code master import}), its positional arguments, its options and its action.
 * Positional names follow the usual notation: {@code CLONE} exactly one, {@code [K]} optional,
 * {@code MACHINE...} one or more, {@code [NAME=VALUE...]} any number; only the last may repeat.
 * Help texts live in {@code help.properties} under {@link #helpKey()}.
 */
public record CommandSpec(String name, CommandGroup group, List<String> positionals, List<OptionSpec> options,
        boolean needsRepository, CommandAction action) {

    public CommandSpec {
        positionals = List.copyOf(positionals);
        options = List.copyOf(options);
    }

    public static Builder command(String name, CommandGroup group) {
        return new Builder(name, group);
    }

    /** {@code master.import} for {@code master import}. */
    public String helpKey() {
        return name.replace(' ', '.');
    }

    public List<String> words() {
        return List.of(name.split(" "));
    }

    public Optional<OptionSpec> option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }

    public int minPositionals() {
        return (int) positionals.stream().filter(p -> !p.startsWith("[")).count();
    }

    public int maxPositionals() {
        String last = positionals.isEmpty() ? "" : positionals.get(positionals.size() - 1);
        return last.endsWith("...") || last.endsWith("...]") ? Integer.MAX_VALUE : positionals.size();
    }

    /** Builds a spec step by step, so the command tables read like their help texts. */
    public static final class Builder {
        private final String name;
        private final CommandGroup group;
        private final List<String> positionals = new ArrayList<>();
        private final List<OptionSpec> options = new ArrayList<>();
        private boolean needsRepository = true;

        private Builder(String name, CommandGroup group) {
            this.name = name;
            this.group = group;
        }

        public Builder arguments(String... names) {
            positionals.addAll(List.of(names));
            return this;
        }

        public Builder options(OptionSpec... specs) {
            options.addAll(List.of(specs));
            return this;
        }

        /** The command works without opening the repository (help, lifecycle table, drivers). */
        public Builder offline() {
            needsRepository = false;
            return this;
        }

        public CommandSpec run(CommandAction action) {
            return new CommandSpec(name, group, positionals, options, needsRepository, action);
        }
    }
}
