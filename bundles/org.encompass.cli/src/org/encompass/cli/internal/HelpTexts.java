package org.encompass.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;

/**
 * The help texts of {@code help.properties} (UTF-8): for each command {@code <key>.usage} (the
 * synopsis after {@code encompass}), {@code <key>.summary} (one line) and {@code <key>.text}
 * (what it does, its arguments and options, an example), where the key is the command's words
 * joined by dots. Properties drop a line's leading blanks, so in texts a line starting with
 * {@code >} is printed indented instead (argument and option lists, examples). {@link #printCommand}, {@link #printGroup} and {@link #printOverview} lay them out.
 */
public final class HelpTexts {
    private static final String RESOURCE = "help.properties";
    private final Properties texts = new Properties();

    public HelpTexts() {
        try (InputStream in = HelpTexts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the CLI bundle");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text under {@code key}, or {@code null}. */
    public String get(String key) {
        String text = texts.getProperty(key);
        return text == null ? null : text.strip();
    }

    public String usage(CommandSpec command) {
        String usage = get(command.helpKey() + ".usage");
        return usage != null ? usage : command.name();
    }

    public String summary(CommandSpec command) {
        String summary = get(command.helpKey() + ".summary");
        return summary != null ? summary : "";
    }

    public void printCommand(CommandSpec command, CommandTable table, PrintStream out) {
        String prefix = NLS.bind(Messages.helpUsage, "");
        for (String line : usage(command).split("\n")) {
            out.println(prefix + line);
            prefix = " ".repeat(prefix.length() - "encompass ".length()) + "encompass ";
        }
        out.println();
        out.println(summary(command));
        String text = get(command.helpKey() + ".text");
        if (text != null) {
            out.println();
            printText(text, out);
        }
        List<String> aliases = new ArrayList<>();
        table.aliases().forEach((alias, target) -> {
            if (target.equals(command.name())) {
                aliases.add("encompass " + alias);
            }
        });
        if (!aliases.isEmpty()) {
            out.println();
            out.println(NLS.bind(Messages.helpAliases, String.join(", ", aliases)));
        }
        out.println();
        out.println(Messages.helpGlobalOptionsShort);
    }

    /** {@code encompass master --help}: the commands starting with {@code word}. */
    public void printGroup(String word, CommandTable table, PrintStream out) {
        out.println(NLS.bind(Messages.helpGroupHeading, word));
        out.println();
        Map<String, String> rows = new LinkedHashMap<>();
        for (CommandSpec command : table.subcommands(word)) {
            rows.put(usage(command), summary(command));
        }
        rows.forEach((usage, summary) -> {
            for (String line : usage.split("\n")) {
                out.println("  encompass " + line);
            }
            out.println("      " + summary);
        });
        out.println();
        out.println(NLS.bind(Messages.helpMore, word + " SUBCOMMAND"));
    }

    /** {@code encompass --help}: every command by group, then the global options. */
    public void printOverview(CommandTable table, PrintStream out) {
        out.println(Messages.helpIntro);
        out.println();
        out.println(Messages.helpSynopsis);
        int width = table.all().stream().mapToInt(c -> c.name().length()).max().orElse(10) + 2;
        for (CommandGroup group : CommandGroup.values()) {
            List<CommandSpec> commands = table.all().stream().filter(c -> c.group() == group).toList();
            if (commands.isEmpty()) {
                continue;
            }
            out.println();
            out.println(group.title() + ":");
            for (CommandSpec command : commands) {
                out.println("  " + pad(command.name(), width) + summary(command));
            }
        }
        out.println();
        out.println(Messages.helpGlobalOptions);
        printText(get("global.options"), out);
        out.println();
        out.println(NLS.bind(Messages.helpMore, "COMMAND"));
    }

    private static void printText(String text, PrintStream out) {
        for (String line : text.split("\n", -1)) {
            out.println(line.startsWith(">") ? "    " + line.substring(line.startsWith("> ") ? 2 : 1) : line);
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - text.length()));
    }
}
