package org.encompass.tests.support.cim;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The responder's blades backed by the simulated IPMI blades of releng/scripts/blades.sh: a power change
 * requested over CIM becomes {@code ipmitool -I lanplus ... chassis power on|off} to slot N's BMC
 * (127.0.0.1:basePort+N), whose chassis program starts or stops the blade's QEMU machine.
 */
public final class IpmiPowerSwitch implements BladeChassisModel.PowerSwitch {
    private final int basePort;
    private final String user;
    private final String password;

    public IpmiPowerSwitch(int basePort, String user, String password) {
        this.basePort = basePort;
        this.user = user;
        this.password = password;
    }

    @Override
    public void set(int slot, boolean on) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("ipmitool", "-I", "lanplus", "-C", "3", "-H", "127.0.0.1", "-p",
                Integer.toString(basePort + slot), "-U", user, "-E", "chassis", "power", on ? "on" : "off").redirectErrorStream(true);
        builder.environment().put("IPMI_PASSWORD", password); // -E: not on the command line
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("ipmitool did not answer within 20 s");
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.exitValue() != 0) {
            throw new IllegalStateException("ipmitool chassis power " + (on ? "on" : "off") + ": " + out);
        }
    }
}
