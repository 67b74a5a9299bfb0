package org.encompass.core.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.encompass.core.lifecycle.CloneState;
import org.encompass.core.lifecycle.Lifecycle;
import org.encompass.core.lifecycle.LifecycleException;
import org.encompass.core.lifecycle.Operation;
import org.encompass.model.Metastate;
import org.encompass.model.Placement;
import org.encompass.model.TerminalState;
import org.junit.jupiter.api.Test;

/** The state table of docs/lifecycle.md, checked cell by cell. */
class LifecycleTest {

    private static CloneState s(Metastate m, Placement p) {
        return new CloneState(m, p, TerminalState.NONE);
    }

    @Test
    void cleanUnassignedAllowsAssignAndDestroyOnly() {
        assertEquals(EnumSet.of(Operation.ASSIGN, Operation.DESTROY), Lifecycle.allowed(CloneState.NEW));
    }

    @Test
    void everyCellOfTheContract() {
        for (Metastate m : Metastate.VALUES) {
            for (Placement p : Placement.VALUES) {
                if (m == Metastate.CLEAN && p == Placement.ACTIVE) {
                    continue; // not a valid combination
                }
                Set<Operation> expected = EnumSet.noneOf(Operation.class);
                if (p == Placement.UNASSIGNED) expected.add(Operation.ASSIGN);
                if (p == Placement.ASSIGNED) { expected.add(Operation.UNASSIGN); expected.add(Operation.ATTACH); }
                if (p == Placement.ATTACHED) { expected.add(Operation.DETACH); expected.add(Operation.ACTIVATE); }
                if (p == Placement.ACTIVE) expected.add(Operation.DEACTIVATE);
                if (m == Metastate.OPERATIONAL) expected.add(Operation.RECONFIGURE);
                if (m == Metastate.MAINTENANCE && p != Placement.ACTIVE) expected.add(Operation.CAPTURE);
                if (m != Metastate.MAINTENANCE && p == Placement.UNASSIGNED) expected.add(Operation.DESTROY);
                assertEquals(expected, Lifecycle.allowed(s(m, p)), m + "/" + p);
            }
        }
    }

    @Test
    void activationMakesACleanCloneOperationalForever() {
        CloneState active = Lifecycle.next(s(Metastate.CLEAN, Placement.ATTACHED), Operation.ACTIVATE);
        assertEquals(s(Metastate.OPERATIONAL, Placement.ACTIVE), active);
        CloneState back = Lifecycle.next(Lifecycle.next(Lifecycle.next(active, Operation.DEACTIVATE), Operation.DETACH),
                Operation.UNASSIGN);
        assertEquals(s(Metastate.OPERATIONAL, Placement.UNASSIGNED), back);
    }

    @Test
    void maintenanceLeavesOnlyThroughCapture() {
        CloneState maintenance = Lifecycle.next(s(Metastate.OPERATIONAL, Placement.ATTACHED), Operation.RECONFIGURE);
        assertEquals(Metastate.MAINTENANCE, maintenance.metastate());
        assertFalse(Lifecycle.allows(s(Metastate.MAINTENANCE, Placement.UNASSIGNED), Operation.DESTROY));
        assertEquals(TerminalState.CAPTURED, Lifecycle.next(maintenance, Operation.CAPTURE).terminal());
    }

    @Test
    void terminalStatesAllowNothing() {
        for (TerminalState t : EnumSet.of(TerminalState.DESTROYED, TerminalState.CAPTURED)) {
            CloneState state = new CloneState(Metastate.OPERATIONAL, Placement.UNASSIGNED, t);
            assertTrue(Lifecycle.allowed(state).isEmpty());
        }
    }

    @Test
    void refusalNamesStateAndAllowedOperations() {
        LifecycleException e = assertThrows(LifecycleException.class,
                () -> Lifecycle.check("web-01", CloneState.NEW, Operation.ACTIVATE));
        assertEquals("cannot activate clone web-01: it is CLEAN/UNASSIGNED; allowed: assign, destroy", e.getMessage());
    }

    @Test
    void stateTextRoundTrips() {
        for (Metastate m : Metastate.VALUES) {
            for (Placement p : Placement.VALUES) {
                CloneState state = s(m, p);
                assertEquals(state, CloneState.parse(state.toString()));
            }
        }
        CloneState destroyed = CloneState.NEW.with(TerminalState.DESTROYED);
        assertEquals("DESTROYED", destroyed.toString());
        assertEquals(TerminalState.DESTROYED, CloneState.parse("DESTROYED").terminal());
    }
}
