package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Properties;

import org.encompass.cli.internal.CommandSpec;
import org.encompass.cli.internal.Commands;
import org.encompass.cli.internal.HelpTexts;
import org.encompass.cli.internal.Messages;
import org.encompass.cli.internal.UpdateMessages;
import org.encompass.cli.internal.OptionSpec;
import org.junit.jupiter.api.Test;

/** The help and message files agree with the command table, so help never drifts from what runs. */
class HelpTextsTest {
    private final HelpTexts help = new HelpTexts();

    @Test
    void theRangesInMasterImportsHelpAreTheEngines() {
        String text = help.get("master.import.text");
        for (org.encompass.core.Limits.Range range : java.util.List.of(org.encompass.core.Limits.MIN_CPUS,
                org.encompass.core.Limits.MIN_MEMORY_MIB, org.encompass.core.Limits.MIN_DISK_GIB)) {
            assertTrue(text.contains(range.min() + ".." + range.max()), "master import --help lacks " + range + ":\n" + text);
        }
    }

    @Test
    void everyCommandDocumentsItsArgumentsAndOptions() {
        for (CommandSpec command : Commands.table().all()) {
            String key = command.helpKey();
            String usage = help.get(key + ".usage");
            String text = help.get(key + ".text");
            assertNotNull(usage, key + ".usage");
            assertNotNull(help.get(key + ".summary"), key + ".summary");
            assertNotNull(text, key + ".text");
            assertTrue(usage.startsWith(command.name()), key + ".usage starts with the command: " + usage);
            for (String positional : command.positionals()) {
                String bare = positional.replace("[", "").replace("]", "").replace("...", "");
                assertTrue(usage.contains(bare), key + ".usage lacks " + bare + ": " + usage);
            }
            for (OptionSpec option : command.options()) {
                assertTrue(usage.contains("--" + option.name()), key + ".usage lacks --" + option.name());
                assertTrue(text.contains("--" + option.name()), key + ".text lacks --" + option.name());
            }
        }
        assertNotNull(help.get("global.options"));
    }

    @Test
    void everyMessageIsDefined() throws IllegalAccessException {
        for (Class<?> messages : java.util.List.of(Messages.class, UpdateMessages.class, org.encompass.cli.internal.TopologyMessages.class)) {
            for (Field field : messages.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    String value = (String) field.get(null);
                    assertNotNull(value, field.getName());
                    assertFalse(value.startsWith("NLS missing message"), field.getName());
                }
            }
        }
    }

    /** NLS.bind turns '' into ' but prints messages without arguments as written: quote accordingly. */
    @Test
    void quotesFollowTheNlsConvention() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages.properties")) {
            assertNotNull(in, "messages.properties next to Messages");
            messages.load(in);
        }
        for (String key : messages.stringPropertyNames()) {
            String value = messages.getProperty(key);
            boolean bound = value.contains("{0}");
            if (bound) {
                assertFalse(value.replace("''", "").contains("'"), key + " has arguments: write '' for a quote: " + value);
            } else {
                assertFalse(value.contains("''"), key + " has no arguments and is printed as written: " + value);
            }
        }
    }
}
