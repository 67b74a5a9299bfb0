package org.encompass.core.tests.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.encompass.core.ChassisSlots;
import org.junit.jupiter.api.Test;

/** A chassis' slots as the CLI's --slot and the console's New Chassis page take them, and the address made of them. */
class ChassisSlotsTest {

    @Test
    void singleSlotsAndRangesWithConsecutivePortsMakeTheAddressInSlotOrder() {
        var slots = ChassisSlots.parse(List.of("3=bmc3.lab", "1-2=10.0.0.21:16001"));
        assertEquals(Map.of(1, "10.0.0.21:16001", 2, "10.0.0.21:16002", 3, "bmc3.lab:623"), slots);
        assertEquals("ipmi://rack1?1=10.0.0.21:16001&2=10.0.0.21:16002&3=bmc3.lab:623", ChassisSlots.address("rack1", slots));
    }

    @Test
    void malformedSlotsAndRepeatedSlotsAreRefusedWithWhatWasGiven() {
        for (String bad : List.of("x=host", "1=", "1=host:0", "2-1=host", "1=host:70000", "1-3=host:65534", "1=a&b", "1 = host")) {
            var e = assertThrows(ChassisSlots.InvalidSlot.class, () -> ChassisSlots.parse(List.of(bad)), bad);
            assertEquals(bad, e.given());
            assertEquals(-1, e.repeatedSlot());
        }
        var twice = assertThrows(ChassisSlots.InvalidSlot.class, () -> ChassisSlots.parse(List.of("1-3=host:1000", "3=other")));
        assertEquals(3, twice.repeatedSlot());
        assertEquals("3=other", twice.given());
    }
}
