package org.encompass.driver.blade.ipmi.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.encompass.core.spi.DriverException;

/**
 * An IPMI chassis' management address: one BMC per slot, as in chassis whose blades each carry their
 * own controller. Written {@code ipmi://NAME?1=HOST:PORT&2=HOST:PORT}; NAME is the chassis' name and
 * names its blades' iSCSI targets. Holds no credentials (one user and password serve the chassis,
 * from secure storage under this address).
 */
record ChassisAddress(String name, Map<String, BmcAddress> slots) {
    private static final String SCHEME = "ipmi://";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
    private static final Pattern SLOT = Pattern.compile("[0-9]{1,3}");

    static ChassisAddress parse(String address) throws DriverException {
        if (address == null || !address.startsWith(SCHEME) || address.indexOf('?') < 0) {
            throw new DriverException("an IPMI chassis address is ipmi://NAME?SLOT=HOST:PORT&...; not '" + address + "'");
        }
        String name = address.substring(SCHEME.length(), address.indexOf('?'));
        if (!NAME.matcher(name).matches()) {
            throw new DriverException("the chassis name '" + name + "' in an IPMI address must be letters, digits, . _ -");
        }
        Map<String, BmcAddress> slots = new LinkedHashMap<>();
        for (String pair : address.substring(address.indexOf('?') + 1).split("&")) {
            int equals = pair.indexOf('=');
            String slot = equals < 0 ? pair : pair.substring(0, equals);
            if (equals < 0 || !SLOT.matcher(slot).matches()) {
                throw new DriverException("'" + pair + "' in an IPMI chassis address is not SLOT=HOST:PORT");
            }
            if (slots.put(slot, BmcAddress.parse(pair.substring(equals + 1))) != null) {
                throw new DriverException("slot " + slot + " appears twice in the IPMI chassis address");
            }
        }
        return new ChassisAddress(name, Collections.unmodifiableMap(slots));
    }

    BmcAddress bmc(String slot) throws DriverException {
        BmcAddress bmc = slots.get(slot);
        if (bmc == null) {
            throw new DriverException("chassis " + name + " has no slot " + slot + " (its slots: " + String.join(", ", slots.keySet()) + ")");
        }
        return bmc;
    }
}
