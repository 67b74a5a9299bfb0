package org.encompass.core.tests.customization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.encompass.core.customization.ApplyResult;
import org.encompass.core.customization.CustomizationEngine;
import org.encompass.core.customization.CustomizationItem;
import org.encompass.core.customization.Ext4ImageFiles;
import org.encompass.core.customization.ImageFiles;
import org.encompass.core.customization.RegexReplacement;
import org.encompass.tests.support.ImageTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A benchmark, not a test (it asserts only that the items were applied, never a time): applies 10 regex
 * items to a 4 MiB text file inside a real ext4 image through debugfs, and prints the wall time of each run
 * and their median. Runs only when {@code ENCOMPASS_BENCH=1}:
 *
 * <pre>
 * ENCOMPASS_BENCH=1 flock /tmp/encompass-build.lock ./mvnw -B -o verify -pl tests/org.encompass.core.tests -am \
 *     -Dtest=RegexItemsBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@EnabledIfEnvironmentVariable(named = "ENCOMPASS_BENCH", matches = "1")
class RegexItemsBenchmark {

    private static final int FILE_BYTES = 4 * 1024 * 1024;
    private static final int RUNS = 5;

    @TempDir
    Path temp;

    @Test
    void tenRegexItemsOnA4MiBFileInAnExt4Image() throws Exception {
        ImageTools.assumeInstalled("mkfs.ext4", "debugfs");
        Path tree = Files.createDirectories(temp.resolve("tree/etc"));
        Files.writeString(tree.resolve("big.conf"), text(), StandardCharsets.UTF_8);
        Path pristine = temp.resolve("pristine.img");
        ImageTools.check("mkfs.ext4", "-q", "-F", "-d", temp.resolve("tree").toString(), pristine.toString(), "32m");
        List<CustomizationItem> items = items();
        Map<String, String> variables = Map.of("hostname", "web-01", "domain", "example.net", "ip", "10.1.2.3");
        CustomizationEngine engine = new CustomizationEngine();
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) { // run 0 warms the JIT and the page cache
            Path image = temp.resolve("run.img");
            Files.copy(pristine, image, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            long start = System.nanoTime();
            ApplyResult result;
            try (ImageFiles files = new Ext4ImageFiles(image, 0)) {
                result = engine.apply(files, items, 0, items.size(), variables);
            }
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            assertEquals(List.of(), result.warnings(), "every item matches something");
            if (run > 0) {
                millis.add(elapsed);
            }
            System.out.println("bench regex-items run " + run + (run == 0 ? " (warm-up)" : "") + ": " + elapsed + " ms");
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.println("bench regex-items: 10 regex items on a " + FILE_BYTES / (1024 * 1024)
                + " MiB text file in an ext4 image, median of " + RUNS + " runs: " + sorted.get(RUNS / 2) + " ms (min "
                + sorted.get(0) + ", max " + sorted.get(RUNS - 1) + ")");
    }

    /** Config-like lines: a few of each item's target among many that only some patterns look at. */
    private static String text() {
        StringBuilder text = new StringBuilder(FILE_BYTES + 200);
        for (int line = 0; text.length() < FILE_BYTES; line++) {
            switch (line % 8) {
                case 0 -> text.append("hostname = template-host-").append(line).append('\n');
                case 1 -> text.append("address 192.168.").append(line % 250).append('.').append(line % 200).append('\n');
                case 2 -> text.append("# comment line ").append(line).append(" with some ordinary words in it\n");
                case 3 -> text.append("search example.org corp.example.org\n");
                case 4 -> text.append("server ntp").append(line % 4).append(".example.org iburst\n");
                case 5 -> text.append("Listen 8080\n");
                case 6 -> text.append("LogLevel warn # default\n");
                default -> text.append("option-").append(line).append(": value ").append(line * 7).append('\n');
            }
        }
        return text.toString();
    }

    private static List<CustomizationItem> items() {
        String path = "/etc/big.conf";
        return List.of(
                new RegexReplacement("hostname", path, "^hostname = .*$", "hostname = ${hostname}", "m"),
                new RegexReplacement("addresses", path, "192\\.168\\.(\\d+)\\.(\\d+)", "10.0.$1.$2", ""),
                new RegexReplacement("search", path, "search example\\.org", "search ${domain}", ""),
                new RegexReplacement("ntp", path, "server ntp(\\d)\\.example\\.org", "server ntp$1.${domain}", ""),
                new RegexReplacement("listen", path, "^Listen \\d+$", "Listen 80", "m"),
                new RegexReplacement("loglevel", path, "loglevel WARN", "LogLevel info", "i"),
                new RegexReplacement("comments", path, "^# comment line (\\d+)", "# note $1", "m"),
                new RegexReplacement("options", path, "option-(\\d+)5: value", "option-$15: setting", ""),
                new RegexReplacement("iburst", path, "\\biburst$", "iburst prefer", "m"),
                new RegexReplacement("first", path, "LogLevel info", "LogLevel debug", "1"));
    }
}
