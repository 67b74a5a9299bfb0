package org.encompass.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.encompass.core.EncompassException;
import org.encompass.core.lifecycle.CloneState;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.States;
import org.encompass.core.spi.DriverException;
import org.encompass.model.Clone;
import org.encompass.model.JournalEntry;
import org.encompass.model.Outcome;
import org.encompass.model.Placement;
import org.encompass.model.TerminalState;

/**
 * After a crash: shows interrupted operations as such, and lets the operator retry them (run again
 * with the same arguments: the model still holds the state from before) or roll them back (undo
 * what the operation may already have done outside the repository).
 */
public final class JournalRecovery {
    private final ModelAccess model;
    private final OperationDispatch operations;
    private final CloneCustomizer customizer;
    private final HypervisorSteps hosts;

    public JournalRecovery(ModelAccess model, OperationDispatch operations, CloneCustomizer customizer, HypervisorSteps hosts) {
        this.model = model;
        this.operations = operations;
        this.customizer = customizer;
        this.hosts = hosts;
    }

    public List<Long> markInterrupted() {
        return model.write(Journal::markInterrupted);
    }

    private record Entry(long id, Operation operation, String target, Map<String, String> arguments, Outcome outcome,
            String stateBefore, long retriedBy) {
    }

    private Entry entry(long id) {
        return model.read(site -> {
            JournalEntry e = Journal.entry(site, id);
            return new Entry(id, Operation.fromLabel(e.getOperation()), e.getTarget(), Journal.decode(e.getArguments()),
                    e.getOutcome(), e.getStateBefore(), e.getRetriedBy());
        });
    }

    /**
     * The start-up's own repair: an interrupted clone or import whose clone or master was never registered
     * made nothing the repository knows; what it may have left on storage under that name is deleted, so
     * the name is free again, and the entry ends ROLLED_BACK. Returns the ids still INTERRUPTED (for the
     * operator to retry or roll back).
     */
    public List<Long> repairUnregistered(List<Long> interrupted) {
        List<Long> open = new ArrayList<>();
        for (long id : interrupted) {
            Entry e = entry(id);
            if (e.outcome() != Outcome.INTERRUPTED) {
                continue; // settled meanwhile (a write-behind clone verified after the stop)
            }
            String leftover = unregisteredLeftover(e);
            if (leftover == null) {
                open.add(id);
                continue;
            }
            try {
                deleteLeftover(e.arguments().get("storage"), leftover);
            } catch (DriverException | EncompassException ex) {
                ILog.of(JournalRecovery.class).warn("journal entry #" + id + ": cannot delete what the interrupted "
                        + e.operation().label() + " left under the name " + leftover + ": " + ex.getMessage());
                open.add(id);
                continue;
            }
            String what = e.operation() == Operation.CLONE ? "clone " + leftover : "master " + leftover;
            model.write(site -> {
                Journal.end(Journal.entry(site, id), Outcome.ROLLED_BACK, "interrupted before " + what
                        + " was registered; rolled back when Encompass started again: what it left on storage device "
                        + e.arguments().get("storage") + " was deleted, the name is free", null);
                return null;
            });
        }
        return open;
    }

    /** The image name an interrupted clone or import may have left that no record owns, else null. */
    private String unregisteredLeftover(Entry e) {
        String name = switch (e.operation()) {
            case CLONE -> e.arguments().get("clone");
            case IMPORT_MASTER -> e.target();
            default -> null;
        };
        if (name == null || e.arguments().get("storage") == null) {
            return null;
        }
        boolean registered = model.read(site -> e.operation() == Operation.CLONE
                ? SiteLookup.findClone(site, name).isPresent() : SiteLookup.findMaster(site, name).isPresent());
        return registered ? null : name;
    }

    /**
     * Runs an interrupted or failed operation again. What an interrupted clone, import or capture may have
     * left under its new image's name is deleted first (it belongs to no record). When the retry succeeds,
     * the entry is linked to the retry's own entry ({@code retriedBy}) and an INTERRUPTED one ends
     * SUCCEEDED; a retried entry cannot be retried again.
     */
    public void retry(long id, IProgressMonitor monitor) {
        Entry e = entry(id);
        if (e.retriedBy() != 0) {
            throw new EncompassException("journal entry #" + id + " was retried already, by #" + e.retriedBy()
                    + "; it cannot be retried again");
        }
        if (e.outcome() != Outcome.INTERRUPTED && e.outcome() != Outcome.FAILED) {
            throw new EncompassException("journal entry #" + id + " is " + e.outcome() + "; only INTERRUPTED or FAILED operations can be retried");
        }
        if (e.outcome() == Outcome.INTERRUPTED) {
            try {
                deleteLeftoverOf(e);
            } catch (DriverException ex) {
                throw new EncompassException("cannot retry journal entry #" + id + ": what the interrupted attempt left"
                        + " cannot be deleted: " + ex.getMessage(), ex);
            }
        }
        List<Long> begun = new ArrayList<>();
        Journal.collectingBegun(begun, () -> run(e, monitor));
        model.write(site -> {
            JournalEntry entry = Journal.entry(site, id);
            JournalEntry retry = null;
            for (JournalEntry candidate : Journal.entries(site)) { // the retry's own entry: begun by it, not failed
                if (begun.contains(candidate.getId()) && candidate.getOperation().equals(entry.getOperation())
                        && candidate.getOutcome() != Outcome.FAILED) {
                    retry = candidate;
                }
            }
            if (retry == null) {
                return null;
            }
            entry.setRetriedBy(retry.getId());
            if (entry.getOutcome() == Outcome.INTERRUPTED) {
                Journal.end(entry, Outcome.SUCCEEDED, "interrupted, then succeeded by its retry #" + retry.getId(),
                        retry.getStateAfter());
            } else {
                entry.setMessage((entry.getMessage() == null ? "" : entry.getMessage() + "; ") + "retried: succeeded by #"
                        + retry.getId());
            }
            return null;
        });
    }

    private void run(Entry e, IProgressMonitor monitor) {
        if (!operations.run(e.operation(), e.target(), e.arguments(), monitor)) {
            throw new EncompassException("journal entry #" + e.id() + " (" + e.operation().label()
                    + ") cannot be retried; run the operation again with its arguments");
        }
    }

    /**
     * Undoes what an interrupted operation may have done outside the repository and ends it ROLLED_BACK; its
     * message states the target's state as read back after the undo.
     */
    public void rollback(long id, IProgressMonitor monitor) {
        Entry e = entry(id);
        if (e.outcome() != Outcome.INTERRUPTED) {
            throw new EncompassException("journal entry #" + id + " is " + e.outcome()
                    + (e.retriedBy() != 0 ? " (by its retry #" + e.retriedBy() + ")" : "")
                    + "; only INTERRUPTED operations can be rolled back");
        }
        try {
            undo(e, monitor);
        } catch (DriverException ex) {
            throw new EncompassException("rollback of journal entry #" + id + " failed: " + ex.getMessage(), ex);
        }
        model.write(site -> {
            if (e.operation() == Operation.ASSIGN) {
                PlacementOperations.releaseClaim(site, e.target());
            }
            JournalEntry entry = Journal.entry(site, id);
            Clone clone = SiteLookup.findClone(site, cloneOf(e)).orElse(null);
            Journal.end(entry, Outcome.ROLLED_BACK, "rolled back; " + stateNow(site, e, clone),
                    clone == null ? null : States.of(clone).toString());
            return null;
        });
    }

    /** The clone an entry is about: its target, or the clone a clone operation was making. */
    private static String cloneOf(Entry e) {
        String name = e.operation() == Operation.CLONE ? e.arguments().get("clone") : e.target();
        return name == null ? "" : name;
    }

    /** What the target is now, read from the repository after a rollback. */
    private static String stateNow(org.encompass.model.Site site, Entry e, Clone clone) {
        switch (e.operation()) {
            case CLONE -> {
                return clone == null ? "clone " + cloneOf(e) + " does not exist: nothing of it is left on storage"
                        : describe(clone);
            }
            case IMPORT_MASTER -> {
                return SiteLookup.findMaster(site, e.target()).isPresent() ? "master " + e.target() + " exists"
                        : "master " + e.target() + " does not exist: nothing of it is left on storage";
            }
            case CAPTURE -> {
                return (clone == null ? "" : describe(clone) + "; ") + "master " + e.arguments().get("master")
                        + (SiteLookup.findMaster(site, String.valueOf(e.arguments().get("master"))).isPresent()
                                ? " exists" : " was not made: nothing of it is left on storage");
            }
            default -> {
                return clone != null ? describe(clone) : e.target() + " has nothing outside the repository to undo";
            }
        }
    }

    private static String describe(Clone clone) {
        String state = "clone " + clone.getName() + " is " + States.of(clone);
        if (clone.getMachine() != null) {
            state += " on " + MachineTarget.of(clone.getMachine()).qualifiedName();
        }
        int items = clone.getMaster() == null ? 0 : clone.getMaster().getCustomizationItems().size();
        return state + ", customization pointer " + clone.getCustomizationPointer() + " of " + items;
    }

    /** Brings the world outside the repository back to what the journal's state-before says. */
    private void undo(Entry e, IProgressMonitor monitor) throws DriverException {
        Map<String, String> a = e.arguments();
        switch (e.operation()) {
            case CLONE -> {
                String clone = a.get("clone");
                boolean kept = model.read(site -> SiteLookup.findClone(site, clone)
                        .filter(c -> c.getTerminalState() == org.encompass.model.TerminalState.NONE).isPresent());
                if (kept) { // registered before its copy, and the copy was found complete after the stop
                    throw new EncompassException("clone " + clone + " exists: its copy was verified complete after the stop;"
                            + " destroy the clone to undo it");
                }
                deleteLeftover(a.get("storage"), clone);
            }
            case IMPORT_MASTER -> deleteLeftover(a.get("storage"), e.target());
            case CAPTURE -> {
                deleteLeftoverOf(e);
                CloneSnapshot clone = model.read(site -> CloneSnapshot.of(SiteLookup.clone(site, e.target())));
                if (e.stateBefore() != null && CloneState.parse(e.stateBefore()).placement() == Placement.ATTACHED) {
                    restorePlacement(clone, CloneState.parse(e.stateBefore())); // capture detached it first
                }
            }
            case ASSIGN, CUSTOMIZE_APPLY, CUSTOMIZE_ROLLBACK -> {
                int before = Integer.parseInt(a.getOrDefault("pointerBefore", "0"));
                CloneCustomizer.Work work = model.read(site -> {
                    Clone clone = SiteLookup.clone(site, e.target());
                    return CloneCustomizer.snapshot(clone, clone.getMachine() == null ? null : clone.getMachine().getName());
                });
                if (work.pointer() > before) {
                    customizer.rollback(work, before, false, monitor);
                } else if (work.pointer() < before) {
                    customizer.apply(work, before, monitor);
                }
            }
            case ATTACH, ACTIVATE, DEACTIVATE, DETACH -> {
                CloneSnapshot clone = model.read(site -> CloneSnapshot.of(SiteLookup.clone(site, e.target())));
                CloneState before = CloneState.parse(e.stateBefore());
                restorePlacement(clone, before);
            }
            default -> {
                // bookkeeping-only operations change nothing outside the repository
            }
        }
    }

    private void restorePlacement(CloneSnapshot clone, CloneState before) throws DriverException {
        switch (before.placement()) {
            case ASSIGNED -> hosts.detach(clone.machine());
            case ATTACHED -> {
                hosts.deactivate(clone.machine());
                hosts.attach(clone.machine(), clone.image());
            }
            case ACTIVE -> hosts.activate(clone.machine(), clone.image());
            default -> {
                // UNASSIGNED: nothing was placed
            }
        }
    }

    /** Deletes what an interrupted clone, import or capture may have left under its new image's name. */
    private void deleteLeftoverOf(Entry e) throws DriverException {
        Map<String, String> a = e.arguments();
        switch (e.operation()) {
            case CLONE -> {
                if (a.get("clone") != null && model.read(site -> SiteLookup.findClone(site, a.get("clone")).isEmpty())) {
                    deleteLeftover(a.get("storage"), a.get("clone"));
                }
            }
            case IMPORT_MASTER -> deleteLeftover(a.get("storage"), e.target());
            case CAPTURE -> {
                String storage = model.read(site -> SiteLookup.findClone(site, e.target())
                        .map(c -> c.getStorage().getName()).orElse(null));
                if (storage != null && a.get("master") != null) {
                    deleteLeftover(storage, a.get("master"));
                }
            }
            default -> {
                // nothing else makes a new image
            }
        }
    }

    /**
     * Deletes the images named {@code imageName} on {@code storage} unless a record owns that name now (a master,
     * or a clone not destroyed or captured): then it is no leftover, and is left alone.
     */
    private void deleteLeftover(String storage, String imageName) throws DriverException {
        if (storage == null || imageName == null) {
            return;
        }
        boolean owned = model.read(site -> SiteLookup.findMaster(site, imageName).filter(m -> m.getLocation() != null)
                .isPresent()
                || SiteLookup.findClone(site, imageName).filter(c -> c.getTerminalState() == TerminalState.NONE).isPresent());
        if (owned) {
            return;
        }
        var device = model.read(site -> CloneSnapshot.device(SiteLookup.storage(site, storage)));
        org.encompass.core.drivers.Drivers.storage().driver(device.kind()).deleteImageNamed(device, imageName);
    }
}
