package org.encompass.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.encompass.core.ClonePlan;
import org.encompass.core.EngineOptions;
import org.encompass.core.internal.CascadePlanner;
import org.encompass.core.spi.CloneMethod;
import org.junit.jupiter.api.Test;

/** The cost model's choices and its explanation. */
class CascadePlannerTest {
    private static final long GIB3 = 3L << 30;

    private static CascadePlanner planner(int perDevice, int perSource, long deviceMiBps, long sourceMiBps) {
        return new CascadePlanner(EngineOptions.defaults().withMaxParallel(16).withCloneLimits(perDevice, perSource)
                .withBandwidths(deviceMiBps << 20, sourceMiBps << 20));
    }

    @Test
    void readsOfOneMasterAsBottleneckMakeCascadingWorthIt() {
        ClonePlan plan = planner(8, 1, 400, 200).plan(16, GIB3, CloneMethod.SPARSE);
        assertEquals(ClonePlan.Strategy.CASCADE, plan.strategy(), plan.explain());
        assertTrue(plan.cascadeSeconds() < plan.directSeconds() * 0.9, plan.explain());
        // direct: 16 rounds of one copy from the master at 200 MiB/s = 16 x 15.4 s
        assertEquals(16 * 3072 / 200.0, plan.directSeconds(), 0.01);
        assertTrue(plan.explain().contains("cascade: 5 round(s) [1 from 1 source, 2 from 2 sources, 4 from 4 sources,"
                + " 8 from 8 sources, 1 from 1 source]"), plan.explain());
        assertTrue(plan.explanation().get(plan.explanation().size() - 1).startsWith("chosen: cascade"));
    }

    @Test
    void copyOnWriteAndReflinkNeverCascade() {
        for (CloneMethod method : new CloneMethod[] { CloneMethod.COW, CloneMethod.REFLINK }) {
            ClonePlan plan = planner(8, 1, 400, 200).plan(16, GIB3, method);
            assertEquals(ClonePlan.Strategy.DIRECT, plan.strategy());
            assertTrue(plan.explain().contains("share the master's data"), plan.explain());
        }
    }

    @Test
    void whenTheDeviceIsTheBottleneckCascadingDoesNotPay() {
        // Writes are the limit and the master can feed every copy: spreading reads gains nothing.
        ClonePlan plan = planner(4, 4, 200, 800).plan(16, GIB3, CloneMethod.FULL);
        assertEquals(ClonePlan.Strategy.DIRECT, plan.strategy(), plan.explain());
        assertTrue(plan.explain().contains("would not be at least 10% faster"), plan.explain());
    }

    @Test
    void oneCloneIsAlwaysDirect() {
        assertEquals(ClonePlan.Strategy.DIRECT, planner(8, 1, 400, 200).plan(1, GIB3, CloneMethod.SPARSE).strategy());
    }
}
