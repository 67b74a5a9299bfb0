package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.encompass.core.json.JsonWriter;
import org.encompass.model.Placement;
import org.junit.jupiter.api.Test;

/** The CLI's JSON writer: exact layout, escaping that round-trips, and ASCII-only output. */
class JsonWriterTest {

    @Test
    void writesNestedDocumentsIndentedByTwo() {
        Map<String, Object> clone = new LinkedHashMap<>();
        clone.put("name", "web-01");
        clone.put("pointer", 2);
        clone.put("active", true);
        clone.put("machine", null);
        clone.put("placement", Placement.ACTIVE);
        clone.put("tags", List.of("a", 1L));
        clone.put("empty", Map.of());
        clone.put("none", List.of());
        assertEquals("""
                {
                  "name": "web-01",
                  "pointer": 2,
                  "active": true,
                  "machine": null,
                  "placement": "ACTIVE",
                  "tags": [
                    "a",
                    1
                  ],
                  "empty": {},
                  "none": []
                }""", JsonWriter.write(clone));
    }

    @Test
    void escapesEveryControlCharacterQuoteAndBackslash() {
        assertEquals("\"a\\\"b\\\\c/d\"", JsonWriter.quote("a\"b\\c/d"));
        assertEquals("\"\\b\\f\\n\\r\\t\\u0000\\u001f\\u007f\"", JsonWriter.quote("\b\f\n\r\t\u0000\u001f\u007f"));
        assertEquals("\"caf\\u00e9 \\ud83d\\ude00 \\u2028\"", JsonWriter.quote("caf\u00e9 \ud83d\ude00 \u2028"));
    }

    @Test
    void everyStringSurvivesTheRoundTripAndTheOutputIsAscii() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x300; c++) {
            all.append(c);
        }
        all.append("\ud83d\ude00 lone \ud800 surrogate \udfff ${hostname} \\n");
        String text = all.toString();
        String json = JsonWriter.write(Map.of("text", text, "list", List.of(text)));
        assertTrue(json.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\n'), "non-ASCII in " + json);
        Object parsed = Json.parse(json);
        assertEquals(text, Json.at(parsed, "text"));
        assertEquals(text, Json.at(parsed, "list", 0));
    }

    @Test
    void numbersDatesAndArrays() {
        assertEquals("[\n  1.5,\n  3,\n  null,\n  null,\n  12345678901234567890.5,\n  -7\n]",
                JsonWriter.write(List.of(1.5, 3.0, Double.NaN, Double.POSITIVE_INFINITY,
                        new BigDecimal("12345678901234567890.5"), (short) -7)));
        assertEquals("\"2026-11-25T12:00:00Z\"", JsonWriter.write(Date.from(Instant.parse("2026-11-25T12:00:00Z"))));
        assertEquals("\"2026-11-25T12:00:00Z\"", JsonWriter.write(Instant.parse("2026-11-25T12:00:00Z")));
        assertEquals("[\n  \"x\",\n  null\n]", JsonWriter.write(new Object[] { "x", null }));
        assertEquals(Arrays.asList(1L, 2.5, "z"), Json.parse(JsonWriter.write(List.of(1, 2.5f, 'z'))));
    }

    @Test
    void refusesValuesWithoutAJsonForm() {
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.write(Map.of("thread", Thread.currentThread())));
    }
}
