package org.encompass.core.tests.customization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.encompass.core.customization.CustomizationItemValidator;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.customization.RegexReplacement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one check of items before they are stored (item-add, the import wizard, site archives). */
class CustomizationItemValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = { "/etc/hostname", "/etc/./hosts", "//etc//motd" })
    void goodItemsPass(String path) {
        assertNull(CustomizationItemValidator.problem(new FileReplacement("d", path, "${hostname}\n$${literal}", true)));
        assertNull(CustomizationItemValidator.problem(new RegexReplacement("d", path, "(a)(b)", "$2$1 ${x} \\$", "imsxu1")));
        assertNull(CustomizationItemValidator.problem(new RegexReplacement(null, path, "a", null, null)));
        assertNull(CustomizationItemValidator.problem(new FileReplacement(null, path, "${unclosed", false)), "not a template");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../../../etc/shadow|'..' could leave the image",
            "/../../etc/shadow|'..' could leave the image",
            "/etc/../../shadow|'..' could leave the image",
            "/|names the image root",
            "' '|needs a path" })
    void pathsThatLeaveTheImageOrNameNoFileAreRefused(String path, String reason) {
        String problem = CustomizationItemValidator.problem(new FileReplacement(null, path, "x", false));
        assertNotNull(problem, path);
        assertTrue(problem.contains(reason), problem);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "${unclosed|is not closed by '}'",
            "${1digit}|is not a valid variable name",
            "a ${} b|is not a valid variable name" })
    void malformedTemplatesAreRefused(String content, String reason) {
        String problem = CustomizationItemValidator.problem(new FileReplacement(null, "/etc/motd", content, true));
        assertNotNull(problem, content);
        assertTrue(problem.startsWith("template: ") && problem.contains(reason), problem);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a|x|zq|unknown regex flag 'z'",
            "([a|x||bad pattern '([a': missing closing ]",
            "(a)|$2|i|refers to group $2 but the pattern has 1 group",
            "a|x\\||replacement: the replacement ends with a lone backslash",
            "a|${unclosed||is not closed by '}'" })
    void badRegexItemsAreRefused(String pattern, String replacement, String flags, String reason) {
        String problem = CustomizationItemValidator.problem(new RegexReplacement(null, "/etc/hosts", pattern,
                replacement, flags));
        assertNotNull(problem, pattern);
        assertTrue(problem.contains(reason), problem);
    }

    @org.junit.jupiter.api.Test
    void aPathWithAControlCharacterIsQuotedSafely() {
        String problem = CustomizationItemValidator.problem(new RegexReplacement(null, "/etc/\nfake", "(", "x", "q"));
        assertEquals("refused path '/etc/\\nfake': control characters (such as newlines) are not allowed in image paths",
                problem);
        assertEquals("unknown regex flag 'q' in 'q' (known: i m s x u 1)",
                CustomizationItemValidator.problem(new RegexReplacement(null, "/etc/hosts", "(", "x", "q")));
        assertNotNull(CustomizationItemValidator.problem(new FileReplacement(null, "/etc/a\0b", "x", false)));
        assertNotNull(CustomizationItemValidator.problem(new FileReplacement(null, "/etc/motd", null, false)));
        assertNotNull(CustomizationItemValidator.problem(new RegexReplacement(null, "/etc/motd", "", "x", null)));
    }
}
