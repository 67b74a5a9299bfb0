package org.encompass.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chassis' slots as an operator gives them ({@code N=HOST[:PORT]}, or a range {@code N-M=HOST[:PORT]}
 * of consecutive ports; port 623 when left out) and the IPMI chassis address made of them,
 * {@code ipmi://NAME?1=HOST:PORT&2=...}, which is also the key of the chassis' login in secure storage.
 * The command line ({@code chassis add --slot}) and the console's New Chassis wizard both use it.
 */
public final class ChassisSlots {
    private static final Pattern SLOT = Pattern.compile("([0-9]{1,3})(?:-([0-9]{1,3}))?=([^=&?\\s]+?)(?::([0-9]{1,5}))?");
    private static final int IPMI_PORT = 623;

    /** A slot that is not {@code N=HOST[:PORT]} or {@code N-M=HOST[:PORT]}, or a slot given twice. */
    public static final class InvalidSlot extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String given;
        private final int repeatedSlot;

        InvalidSlot(String given, int repeatedSlot) {
            super(repeatedSlot >= 0 ? "slot " + repeatedSlot + " is given twice" : given + " is not N=HOST[:PORT] or N-M=HOST[:PORT]");
            this.given = given;
            this.repeatedSlot = repeatedSlot;
        }

        /** The text as given. */
        public String given() {
            return given;
        }

        /** The slot number given twice, or -1 when the text itself is malformed. */
        public int repeatedSlot() {
            return repeatedSlot;
        }
    }

    private ChassisSlots() {
    }

    /** Slot number to its BMC's {@code HOST:PORT}, in slot order; a range gives consecutive ports. */
    public static SortedMap<Integer, String> parse(List<String> slots) {
        SortedMap<Integer, String> bySlot = new TreeMap<>();
        for (String given : slots) {
            Matcher m = SLOT.matcher(given);
            if (!m.matches()) {
                throw new InvalidSlot(given, -1);
            }
            int first = Integer.parseInt(m.group(1));
            int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
            int port = m.group(4) == null ? IPMI_PORT : Integer.parseInt(m.group(4));
            if (last < first || port + (last - first) > 65535 || port < 1) {
                throw new InvalidSlot(given, -1);
            }
            for (int slot = first; slot <= last; slot++) {
                if (bySlot.put(slot, m.group(3) + ':' + (port + slot - first)) != null) {
                    throw new InvalidSlot(given, slot);
                }
            }
        }
        return Collections.unmodifiableSortedMap(bySlot);
    }

    /** {@code ipmi://NAME?1=HOST:PORT&...} of the chassis {@code name} with these slots. */
    public static String address(String name, SortedMap<Integer, String> slots) {
        List<String> pairs = new ArrayList<>();
        slots.forEach((slot, bmc) -> pairs.add(slot + "=" + bmc));
        return "ipmi://" + name + "?" + String.join("&", pairs);
    }
}
