package org.encompass.driver.blade.ipmi.internal;

import org.encompass.core.spi.DriverException;

/** The BMC answered a request with a completion code other than 0 (it refused or cannot do it). */
final class BmcRefusal extends DriverException {
    private static final long serialVersionUID = 1L;
    static final int INVALID_DATA_FIELD = 0xcc;
    static final int INVALID_COMMAND = 0xc1;
    final int completion;

    BmcRefusal(String bmc, int netFn, int cmd, int completion) {
        super("BMC " + bmc + " refused command " + String.format("0x%02x/0x%02x", netFn, cmd) + ": "
                + describe(completion));
        this.completion = completion;
    }

    private static String describe(int completion) {
        return switch (completion) {
            case 0xc0 -> "node busy";
            case INVALID_COMMAND -> "invalid command";
            case 0xc3 -> "timeout";
            case 0xc9 -> "parameter out of range";
            case INVALID_DATA_FIELD -> "invalid data field in request";
            case 0xd4 -> "insufficient privilege";
            case 0xd5 -> "not supported in the present state";
            case 0xff -> "unspecified error";
            default -> String.format("completion code 0x%02x", completion);
        };
    }
}
