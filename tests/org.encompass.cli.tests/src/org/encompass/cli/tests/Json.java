package org.encompass.cli.tests;

import java.util.List;
import java.util.Map;

import org.encompass.core.json.JsonReader;

/**
 * Reads the CLI's JSON documents with core's strict reader (a broken document fails the test that reads it)
 * and walks them by path.
 */
final class Json {
    private Json() {
    }

    static Object parse(String text) {
        return JsonReader.parse(text);
    }

    /** Walks a path of object keys and array indexes: {@code at(doc, "clones", 0, "state")}. */
    static Object at(Object document, Object... path) {
        Object current = document;
        for (Object step : path) {
            if (step instanceof Integer index && current instanceof List<?> list) {
                current = list.get(index);
            } else if (step instanceof String key && current instanceof Map<?, ?> map) {
                if (!map.containsKey(key)) {
                    throw new IllegalArgumentException("no key '" + key + "' in " + map.keySet());
                }
                current = map.get(key);
            } else {
                throw new IllegalArgumentException("cannot take " + step + " of " + current);
            }
        }
        return current;
    }

    static List<?> list(Object document, Object... path) {
        return (List<?>) at(document, path);
    }

    static String string(Object document, Object... path) {
        Object value = at(document, path);
        return value == null ? null : value.toString();
    }
}
