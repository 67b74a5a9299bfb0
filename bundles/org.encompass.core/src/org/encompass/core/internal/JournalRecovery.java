package org.encompass.core.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.encompass.core.EncompassException;
import org.encompass.core.Engine;
import org.encompass.core.ImportRequest;
import org.encompass.core.lifecycle.CloneState;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.model.Clone;
import org.encompass.model.JournalEntry;
import org.encompass.model.Outcome;

/**
 * After a crash: shows interrupted operations as such, and lets the operator retry them (run again
 * with the same arguments: the model still holds the state from before) or roll them back (undo
 * what the operation may already have done outside the repository).
 */
public final class JournalRecovery {
    private final ModelAccess model;
    private final Engine engine;
    private final CloneCustomizer customizer;
    private final HypervisorSteps hosts;

    public JournalRecovery(ModelAccess model, Engine engine, CloneCustomizer customizer, HypervisorSteps hosts) {
        this.model = model;
        this.engine = engine;
        this.customizer = customizer;
        this.hosts = hosts;
    }

    public List<Long> markInterrupted() {
        return model.write(Journal::markInterrupted);
    }

    private record Entry(long id, Operation operation, String target, Map<String, String> arguments, Outcome outcome,
            String stateBefore) {
    }

    private Entry entry(long id) {
        return model.read(site -> {
            JournalEntry e = Journal.entry(site, id);
            return new Entry(id, Operation.fromLabel(e.getOperation()), e.getTarget(), Journal.decode(e.getArguments()),
                    e.getOutcome(), e.getStateBefore());
        });
    }

    public void retry(long id, IProgressMonitor monitor) {
        Entry e = entry(id);
        if (e.outcome() != Outcome.INTERRUPTED && e.outcome() != Outcome.FAILED) {
            throw new EncompassException("journal entry #" + id + " is " + e.outcome() + "; only INTERRUPTED or FAILED operations can be retried");
        }
        Map<String, String> a = e.arguments();
        String t = e.target();
        switch (e.operation()) {
            case CLONE -> engine.cloneMaster(t, CloneMethod.valueOf(a.get("method")), monitor);
            case IMPORT_MASTER -> engine.importMaster(ImportRequest.of(t, java.nio.file.Path.of(a.get("file")),
                    ImageFormat.valueOf(a.get("format")), a.get("storage")), monitor);
            case ASSIGN -> engine.assign(t, a.get("machine"), monitor);
            case UNASSIGN -> engine.unassign(t, monitor);
            case ATTACH -> engine.attach(t, monitor);
            case DETACH -> engine.detach(t, monitor);
            case ACTIVATE -> engine.activate(t, monitor);
            case DEACTIVATE -> engine.deactivate(t, monitor);
            case RECONFIGURE -> engine.reconfigure(t, monitor);
            case CAPTURE -> engine.capture(t, a.get("master"), monitor);
            case DESTROY -> engine.destroy(t, monitor);
            case DELETE_MASTER -> engine.deleteMaster(t, monitor);
            case CUSTOMIZE_APPLY -> engine.customizeApply(t, Integer.parseInt(a.get("target")), monitor);
            case CUSTOMIZE_ROLLBACK -> engine.customizeRollback(t, Integer.parseInt(a.get("target")), false, monitor);
            case REFRESH_HOST -> engine.refreshHost(t, monitor);
            default -> throw new EncompassException("journal entry #" + id + " (" + e.operation().label()
                    + ") cannot be retried; run the operation again with its arguments");
        }
        markRetried(id);
    }

    public void rollback(long id, IProgressMonitor monitor) {
        Entry e = entry(id);
        if (e.outcome() != Outcome.INTERRUPTED) {
            throw new EncompassException("journal entry #" + id + " is " + e.outcome() + "; only INTERRUPTED operations can be rolled back");
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
            Journal.end(entry, Outcome.ROLLED_BACK, "rolled back; the state is " + e.stateBefore(), e.stateBefore());
            return null;
        });
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
                String storage = model.read(site -> SiteLookup.clone(site, e.target()).getStorage().getName());
                deleteLeftover(storage, a.get("master"));
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

    private void deleteLeftover(String storage, String imageName) throws DriverException {
        var device = model.read(site -> CloneSnapshot.device(SiteLookup.storage(site, storage)));
        org.encompass.core.drivers.Drivers.storage().driver(device.kind()).deleteImageNamed(device, imageName);
    }

    private void markRetried(long id) {
        model.write(site -> {
            JournalEntry entry = Journal.entry(site, id);
            String message = entry.getMessage() == null ? "" : entry.getMessage() + "; ";
            entry.setMessage(message + "retried (see later entries)");
            return null;
        });
    }
}
