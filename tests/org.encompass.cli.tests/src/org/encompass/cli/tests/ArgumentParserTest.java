package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.encompass.cli.internal.ArgumentParser;
import org.encompass.cli.internal.ArgumentParser.Invocation;
import org.encompass.cli.internal.Commands;
import org.encompass.cli.internal.ParsedArguments;
import org.encompass.cli.internal.UsageException;
import org.encompass.core.spi.CloneMethod;
import org.junit.jupiter.api.Test;

/** The shared command-line parser, on the real command table; plain JUnit, no OSGi needed. */
class ArgumentParserTest {
    private final ArgumentParser parser = new ArgumentParser(Commands.table());

    private Invocation parse(String... args) {
        return parser.parse(args);
    }

    private String usageError(String... args) {
        return assertThrows(UsageException.class, () -> parser.parse(args), () -> "no usage error for " + List.of(args))
                .getMessage();
    }

    @Test
    void optionsMayComeBeforeAndAfterTheCommandInBothForms() {
        Invocation invocation = parse("--data", "/srv/e", "clone", "web", "--count=3", "--method", "sparse", "--json");
        assertEquals("clone", invocation.command().name());
        ParsedArguments a = invocation.arguments();
        assertEquals(List.of("web"), a.positionals());
        assertEquals("/srv/e", a.value("data"));
        assertEquals(3, a.intValue("count", 1, 1));
        assertEquals(CloneMethod.SPARSE, a.enumValue("method", CloneMethod.class, null));
        assertTrue(invocation.json());
    }

    @Test
    void aCommandsOwnVersionOptionWinsOverTheGlobalFlag() {
        Invocation imported = parse("master", "import", "web", "--file", "w.img", "--storage", "nas", "--version", "1.0");
        assertFalse(imported.version(), "master import --version V is the master's version");
        assertEquals("1.0", imported.arguments().value("version"));
        assertTrue(parse("--version").version());
        assertTrue(parse("status", "--version").version());
    }

    @Test
    void theLongestCommandNameWins() {
        assertEquals("clone list", parse("clone", "list", "--master", "web").command().name());
        assertEquals("clone show", parse("clone", "show", "web-01").command().name());
        Invocation clone = parse("clone", "web");
        assertEquals("clone", clone.command().name());
        assertEquals(List.of("web"), clone.arguments().positionals());
        assertEquals("journal retry", parse("journal", "retry", "12").command().name());
        assertEquals("journal", parse("journal", "--interrupted").command().name());
    }

    @Test
    void doubleDashEndsOptionsSoAMasterNamedListCanBeCloned() {
        Invocation invocation = parse("clone", "--", "list");
        assertEquals("clone", invocation.command().name());
        assertEquals(List.of("list"), invocation.arguments().positionals());
        assertEquals(List.of("-weird"), parse("destroy", "--", "-weird").arguments().positionals());
    }

    @Test
    void aliasesRunTheirCommand() {
        assertEquals("clone list", parse("clones").command().name());
        assertEquals("master list", parse("masters").command().name());
        assertEquals("machine list", parse("machines", "--free").command().name());
    }

    @Test
    void valuesAreTakenAsGivenEvenWithLeadingDashes() {
        ParsedArguments a = parse("master", "item-add", "web", "--path", "/etc/motd", "--content", "--- hello ---")
                .arguments();
        assertEquals("--- hello ---", a.value("content"));
        assertEquals("", parse("master", "item-add", "web", "--path=/p", "--pattern", "x", "--replacement=").arguments()
                .value("replacement"));
    }

    @Test
    void repeatableOptionsCollectEveryValue() {
        ParsedArguments a = parse("deploy", "web", "lab/vm-01", "lab/vm-02", "--var", "lab/vm-01:hostname=a", "--var",
                "lab/vm-02:hostname=b", "--no-activate").arguments();
        assertEquals(List.of("lab/vm-01:hostname=a", "lab/vm-02:hostname=b"), a.values("var"));
        assertEquals(List.of("web", "lab/vm-01", "lab/vm-02"), a.positionals());
        assertTrue(a.flag("no-activate"));
        assertFalse(a.flag("json"));
    }

    @Test
    void unknownCommandsAndOptionsAreNamedWithWhereToLook() {
        String command = usageError("frobnicate", "web");
        assertTrue(command.contains("unknown command 'frobnicate'") && command.contains("'encompass --help'"), command);
        String option = usageError("clone", "list", "--colour", "red");
        assertTrue(option.contains("--colour") && option.contains("'encompass clone list --help'"), option);
        String secret = usageError("clone", "list", "--password=hunter2");
        assertFalse(secret.contains("hunter2"), "an unknown option's value is not repeated: " + secret);
        String global = usageError("--frobnicate", "status");
        assertTrue(global.contains("unknown option --frobnicate"), global);
        assertTrue(usageError("-x").contains("unknown option -x"));
        String sub = usageError("master", "frobnicate");
        assertTrue(sub.contains("unknown command 'master frobnicate'") && sub.contains("'encompass master --help'"), sub);
    }

    @Test
    void malformedOptionsAreUsageErrors() {
        assertTrue(usageError("clone", "web", "--count").contains("option --count needs a value (N)"));
        assertTrue(usageError("clone", "list", "--all=yes").contains("option --all takes no value"));
        assertTrue(usageError("clone", "web", "--count", "2", "--count", "3").contains("--count is given more than once"));
        String notANumber = assertThrows(UsageException.class,
                () -> parse("clone", "web", "--count", "three").arguments().intValue("count", 1, 1)).getMessage();
        assertTrue(notANumber.contains("--count must be a whole number, not 'three'")
                && notANumber.contains("'encompass clone --help'"), notANumber);
        String tooSmall = assertThrows(UsageException.class,
                () -> parse("clone", "web", "--count", "0").arguments().intValue("count", 1, 1)).getMessage();
        assertTrue(tooSmall.contains("--count must be at least 1, not 0"), tooSmall);
        String choice = assertThrows(UsageException.class,
                () -> parse("clone", "web", "--method", "teleport").arguments().enumValue("method", CloneMethod.class, null))
                .getMessage();
        assertTrue(choice.contains("'teleport' is not a valid --method") && choice.contains("sparse"), choice);
    }

    @Test
    void positionalCountsAreChecked() {
        String missing = usageError("assign", "web-01");
        assertTrue(missing.contains("missing MACHINE") && missing.contains("'encompass assign --help'"), missing);
        assertTrue(usageError("assign").contains("missing CLONE MACHINE"));
        String extra = usageError("attach", "web-01", "web-02");
        assertTrue(extra.contains("unexpected argument(s) web-02; expected CLONE"), extra);
        assertTrue(usageError("status", "now").contains("unexpected argument(s) now; expected no arguments"));
        assertEquals(3, parse("set-var", "web-01", "a=1", "b=2").arguments().positionals().size());
        assertEquals(1, parse("set-var", "web-01", "--unset", "a").arguments().positionals().size());
    }

    @Test
    void helpNeedsNoArgumentsAndAGroupAloneIsRecognized() {
        Invocation help = parse("assign", "-h");
        assertTrue(help.help());
        assertEquals("assign", help.command().name());
        Invocation group = parse("master", "--help");
        assertNull(group.command());
        assertEquals("master", group.group());
        Invocation nothing = parse();
        assertNull(nothing.command());
        assertNull(nothing.group());
        assertTrue(parse("--version").version());
    }
}
