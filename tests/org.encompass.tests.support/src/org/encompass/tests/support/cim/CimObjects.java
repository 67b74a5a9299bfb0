package org.encompass.tests.support.cim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The responder's CIM objects: instance names (paths) and instances with typed properties. */
public final class CimObjects {
    private CimObjects() {
    }

    /**
     * An instance name: class and key bindings in order. Key values are String, Long (numeric), Boolean or
     * Ref (an association's reference keys). Class names compare case-insensitively, as CIM names do.
     */
    public record Ref(String className, Map<String, Object> keys) {
        public Ref {
            keys = new LinkedHashMap<>(keys);
        }

        public static Ref of(String className, Object... namesAndValues) {
            Map<String, Object> keys = new LinkedHashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                keys.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
            return new Ref(className, keys);
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Ref ref) || !ref.className.equalsIgnoreCase(className) || ref.keys.size() != keys.size()) {
                return false;
            }
            for (Map.Entry<String, Object> key : keys.entrySet()) {
                Object theirs = ref.keys.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (theirs == null || !String.valueOf(theirs).equals(String.valueOf(key.getValue()))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return Objects.hash(className.toLowerCase(java.util.Locale.ROOT), keys.size());
        }
    }

    /** A property: CIM type name (string, uint16, uint32, boolean, reference), value (List for arrays, null = NULL). */
    public record Property(String type, Object value) {
        public boolean isArray() {
            return value instanceof List;
        }
    }

    /** An instance: its path and its properties (keys included), in order. */
    public record Instance(Ref path, Map<String, Property> properties) {
        public Instance(Ref path) {
            this(path, new LinkedHashMap<>());
            path.keys().forEach((name, value) -> properties.put(name, new Property(typeOf(value), value)));
        }

        public Instance with(String name, String type, Object value) {
            properties.put(name, new Property(type, value));
            return this;
        }

        public Object get(String name) {
            Property p = properties.get(name);
            return p == null ? null : p.value();
        }

        public String className() {
            return path.className();
        }

        private static String typeOf(Object value) {
            if (value instanceof Ref) {
                return "reference";
            }
            if (value instanceof Boolean) {
                return "boolean";
            }
            if (value instanceof Long || value instanceof Integer) {
                return "uint32";
            }
            return "string";
        }
    }
}
