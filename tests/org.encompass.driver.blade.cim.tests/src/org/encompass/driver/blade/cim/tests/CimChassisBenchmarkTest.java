package org.encompass.driver.blade.cim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.BladeDriver.BladeConnection;
import org.encompass.core.spi.BladeDriver.BladeInfo;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.PowerState;
import org.encompass.tests.support.cim.BladeChassisModel;
import org.encompass.tests.support.cim.CimResponder;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (figures printed, nothing timed is asserted): a BladeCenter H sized chassis of 14 blades behind
 * our CIM-XML responder on 127.0.0.1: listing every blade with power state and identity (goal: at most 1 s),
 * and powering the 14 on at once.
 */
class CimChassisBenchmarkTest {
    private static final int BLADES = 14;

    @Test
    void listsAndPowersOnAChassisOfFourteenBlades() throws Exception {
        try (CimResponder responder = new CimResponder(new BladeChassisModel("bch", BLADES), CimBladeDriverTest.USER, CimBladeDriverTest.PASSWORD);
                BladeConnection c = Drivers.blades().driver("cim").connect("cim://bch?url=" + responder.url(),
                        new Credentials(CimBladeDriverTest.USER, CimBladeDriverTest.PASSWORD.toCharArray()))) {
            List<Long> listings = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                int before = responder.requests();
                long start = System.nanoTime();
                List<BladeInfo> blades = new ArrayList<>();
                for (String slot : c.slots()) {
                    blades.add(c.describe(slot));
                }
                listings.add((System.nanoTime() - start) / 1_000_000);
                assertEquals(BLADES, blades.size());
                blades.forEach(b -> assertNotNull(b.guid()));
                blades.forEach(b -> assertEquals(PowerState.OFF, b.power()));
                if (round == 0) {
                    System.out.println("CIM benchmark: listing " + BLADES + " blades took " + (responder.requests() - before) + " HTTP requests");
                }
            }
            System.out.println("CIM benchmark: list " + BLADES + " blades with power state, UUID and MACs: " + listings
                    + " ms (first includes the client's start; goal <= 1000 ms)");

            ExecutorService pool = Executors.newFixedThreadPool(BLADES);
            try {
                long start = System.nanoTime();
                List<Future<?>> all = new ArrayList<>();
                for (int slot = 1; slot <= BLADES; slot++) {
                    String s = Integer.toString(slot);
                    all.add(pool.submit(() -> {
                        c.powerOn(s);
                        return null;
                    }));
                }
                for (Future<?> f : all) {
                    f.get();
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                for (int slot = 1; slot <= BLADES; slot++) {
                    assertTrue(responder.model().isOn(slot), "blade " + slot + " is on");
                }
                System.out.println("CIM benchmark: power-on of " + BLADES + " blades at once (request + state read back): " + ms + " ms");
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
