package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.encompass.cli.internal.Formats;
import org.encompass.cli.internal.TextTable;
import org.junit.jupiter.api.Test;

/** The text output's building blocks: aligned tables, sizes, visible strings. */
class TextOutputTest {

    @Test
    void tablesAlignColumnsAndShowEmptyCellsAsDashes() {
        TextTable table = new TextTable("NAME", "STATE", "MACHINE").row("web-01", "OPERATIONAL/ACTIVE", "lab/vm-01")
                .row("w2", null, "").row("multi\nline", "x", null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals("""
                NAME        STATE               MACHINE
                web-01      OPERATIONAL/ACTIVE  lab/vm-01
                w2          -                   -
                multi line  x                   -
                """, bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
        assertThrows(IllegalArgumentException.class, () -> table.row("too", "few"));
    }

    @Test
    void sizesInBinaryUnits() {
        assertEquals("512 B", Formats.bytes(512));
        assertEquals("16 MiB", Formats.bytes(16L * 1024 * 1024));
        assertEquals("1.5 GiB", Formats.bytes(3L * 512 * 1024 * 1024));
    }

    @Test
    void visibleStringsShowControlCharactersButKeepBackslashes() {
        assertEquals("\"${hostname}\\n\"", Formats.visible("${hostname}\n"));
        assertEquals("\"127\\.0\\.1\\.1\\s+\"", Formats.visible("127\\.0\\.1\\.1\\s+"));
        assertEquals("\"a\\tb\\u0001\"", Formats.visible("a\tb\u0001"));
    }
}
