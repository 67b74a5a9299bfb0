package org.encompass.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every command by name, the short aliases, and the groups' first words ({@code master}, {@code host}). */
public final class CommandTable {
    private final Map<String, CommandSpec> byName = new LinkedHashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();

    public CommandTable add(CommandSpec command) {
        if (byName.putIfAbsent(command.name(), command) != null) {
            throw new IllegalStateException("command registered twice: " + command.name());
        }
        return this;
    }

    /** {@code alias} runs {@code command}, e.g. {@code clones} runs {@code clone list}. */
    public CommandTable alias(String alias, String command) {
        if (!byName.containsKey(command)) {
            throw new IllegalStateException("alias " + alias + " for unknown command " + command);
        }
        aliases.put(alias, command);
        return this;
    }

    public Optional<CommandSpec> find(String name) {
        return Optional.ofNullable(byName.get(aliases.getOrDefault(name, name)));
    }

    public List<CommandSpec> all() {
        return List.copyOf(byName.values());
    }

    public Map<String, String> aliases() {
        return Map.copyOf(aliases);
    }

    /** Whether {@code word} starts two-word commands ({@code master} of {@code master list}). */
    public boolean isGroup(String word) {
        return byName.keySet().stream().anyMatch(name -> name.startsWith(word + " "));
    }

    /** The commands whose first word is {@code word}. */
    public List<CommandSpec> subcommands(String word) {
        List<CommandSpec> result = new ArrayList<>();
        for (CommandSpec command : byName.values()) {
            if (command.name().equals(word) || command.name().startsWith(word + " ")) {
                result.add(command);
            }
        }
        return result;
    }
}
