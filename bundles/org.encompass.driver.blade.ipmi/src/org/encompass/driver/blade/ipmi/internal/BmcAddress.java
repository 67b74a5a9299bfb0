package org.encompass.driver.blade.ipmi.internal;

import org.encompass.core.spi.DriverException;

/** A BMC's LAN address: host and UDP port (623 unless given). */
record BmcAddress(String host, int port) {
    static final int IPMI_PORT = 623;

    static BmcAddress parse(String text) throws DriverException {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            throw new DriverException("a BMC address is empty; give HOST or HOST:PORT");
        }
        int colon = value.lastIndexOf(':');
        if (colon < 0) {
            return new BmcAddress(value, IPMI_PORT);
        }
        String host = value.substring(0, colon);
        try {
            int port = Integer.parseInt(value.substring(colon + 1));
            if (host.isEmpty() || port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return new BmcAddress(host, port);
        } catch (NumberFormatException e) {
            throw new DriverException("the BMC address '" + value + "' is not HOST or HOST:PORT (port 1-65535)");
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
