package org.encompass.driver.blade.ipmi.internal;

import java.time.Duration;
import java.util.Arrays;

/**
 * Round trips of Get Chassis Status (IPMI power status) against one BMC, for releng/bench/ipmi-roundtrip.sh:
 * in one open session, and with a session opened and closed around each request (what one ipmitool
 * process does). Prints p50 and p95 in milliseconds. Runs in a plain JVM with the core and driver jars.
 *   java -cp CORE.jar:DRIVER.jar org.encompass.driver.blade.ipmi.internal.PowerStatusBenchmark HOST:PORT USER RUNS
 * The password is read from ENCOMPASS_BMC_PASSWORD.
 */
public final class PowerStatusBenchmark {
    private PowerStatusBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BmcAddress address = BmcAddress.parse(args[0]);
        String user = args[1];
        int runs = Integer.parseInt(args[2]);
        char[] password = System.getenv().getOrDefault("ENCOMPASS_BMC_PASSWORD", "").toCharArray();
        Duration timeout = IpmiBladeDriver.TRY_TIMEOUT;
        for (int warm = 0; warm < 5; warm++) { // class loading and JIT of the first calls are not round trips
            try (Bmc bmc = Bmc.open(address, user, password, timeout)) {
                bmc.power();
            }
        }
        long[] inSession = new long[runs];
        try (Bmc bmc = Bmc.open(address, user, password, timeout)) {
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                bmc.power();
                inSession[i] = System.nanoTime() - start;
            }
        }
        long[] withSession = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            try (Bmc bmc = Bmc.open(address, user, password, timeout)) {
                bmc.power();
            }
            withSession[i] = System.nanoTime() - start;
        }
        print("encompass, power status in an open session", inSession);
        print("encompass, session opened + power status + session closed", withSession);
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: p50 %.1f ms, p95 %.1f ms (%d runs)%n", what, percentile(sorted, 50), percentile(sorted, 95), sorted.length);
    }

    static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
