package org.encompass.core.internal;

import java.util.Date;
import java.util.Map;
import java.util.function.Predicate;

import org.encompass.core.lifecycle.CloneState;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.States;
import org.encompass.model.Clone;
import org.encompass.model.JournalEntry;
import org.encompass.model.Machine;
import org.encompass.model.Metastate;
import org.encompass.model.Outcome;
import org.encompass.model.Placement;
import org.encompass.model.PowerState;
import org.encompass.model.TerminalState;

/**
 * What the engine does when a machine's power changed outside Encompass (docs/lifecycle.md is silent; this
 * is the rule, written down in the README): the machine's power is recorded; a clone that was ACTIVE
 * on a machine now off becomes ATTACHED (its disk is still attached, nothing runs it), and a clone that
 * was ATTACHED to a machine now running from the clone's own disk becomes ACTIVE (and OPERATIONAL,
 * as a boot makes it). Each such change is journaled as an {@code observe} entry. Clones that an
 * operation of this process is working on are left to that operation.
 */
public final class ObservedPower {
    private ObservedPower() {
    }

    /**
     * Applies a reported power state. {@code bootDisk} is the disk the machine boots from when known,
     * else {@code null}; {@code busy} tells which objects an operation is working on.
     */
    public static void apply(Machine machine, PowerState power, String bootDisk, String user, String source,
            Predicate<String> busy) {
        if (machine.getPower() != power) {
            machine.setPower(power);
        }
        Clone clone = machine.getClone();
        if (clone == null || clone.getTerminalState() != TerminalState.NONE || busy.test("clone:" + clone.getName())
                || busy.test("machine:" + SiteLookup.qualifiedName(machine))) {
            return;
        }
        if (clone.getPlacement() == Placement.ACTIVE && power == PowerState.OFF) {
            change(clone, machine, new CloneState(clone.getMetastate(), Placement.ATTACHED, TerminalState.NONE), user,
                    "machine " + SiteLookup.qualifiedName(machine) + " stopped outside Encompass (" + source + ")");
        } else if (clone.getPlacement() == Placement.ATTACHED && power == PowerState.RUNNING && bootDisk != null
                && bootDisk.equals(clone.getLocation())) {
            Metastate metastate = clone.getMetastate() == Metastate.CLEAN ? Metastate.OPERATIONAL : clone.getMetastate();
            if (clone.getFirstBoot() == null) {
                clone.setFirstBoot(new Date());
            }
            change(clone, machine, new CloneState(metastate, Placement.ACTIVE, TerminalState.NONE), user,
                    "machine " + SiteLookup.qualifiedName(machine) + " was started from the clone outside Encompass ("
                            + source + ")");
        }
    }

    private static void change(Clone clone, Machine machine, CloneState after, String user, String message) {
        String before = States.of(clone).toString();
        JournalEntry entry = Journal.begin((org.encompass.model.Site) clone.eContainer(), Operation.OBSERVE,
                clone.getName(), Map.of("machine", SiteLookup.qualifiedName(machine)), user, before);
        StateChanges.set(clone, after);
        Journal.end(entry, Outcome.SUCCEEDED, message, after.toString());
    }
}
