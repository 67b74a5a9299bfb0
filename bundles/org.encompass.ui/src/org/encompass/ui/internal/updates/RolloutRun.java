package org.encompass.ui.internal.updates;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.encompass.core.query.ServiceUpdateLookup;
import org.encompass.ui.internal.ConsoleSession;
import org.encompass.ui.internal.commands.OperationJobs;

/**
 * A rollout driven from the console, batch by batch: each batch is one call of the rollout (the engine's, or the
 * server's when connected to one; the CLI's
 * {@code update rollout --batch N --machines ...}, one journal entry) with the next machines
 * {@link ServiceUpdateLookup#machinesToMove} lists. {@link #pause} stops it after the batch that is running (at
 * least one batch runs); the engine itself has no pause, so a pause between batches is what the console can offer.
 * Cancelling the job stops the running batch as the engine's cancellation does (the update is then PAUSED).
 */
public final class RolloutRun {
    private final AtomicBoolean pause = new AtomicBoolean();
    private final Job job;

    /** @param resume true to go on after a stop (the CLI's {@code --continue}) */
    public RolloutRun(ConsoleSession session, String update, int batch, boolean resume) {
        this.job = OperationJobs.create(NLS.bind(UpdateMessages.rolloutJob, update, batch), monitor -> {
            List<String> todo = remaining(session, update);
            SubMonitor progress = SubMonitor.convert(monitor, todo.size());
            boolean goOn = resume;
            do {
                List<String> slice = todo.subList(0, Math.min(batch, todo.size()));
                session.updateRollout(update, batch, slice, goOn, progress.split(slice.size()));
                goOn = true;
                todo = remaining(session, update);
            } while (!todo.isEmpty() && !pause.get() && !progress.isCanceled());
        });
    }

    private static List<String> remaining(ConsoleSession session, String update) {
        return session.engine().read(site -> ServiceUpdateLookup.machinesToMove(site, ServiceUpdateLookup.find(site, update)));
    }

    public RolloutRun start() {
        job.schedule();
        return this;
    }

    /** Stops after the batch now running. */
    public void pause() {
        pause.set(true);
    }

    public boolean pausing() {
        return pause.get();
    }

    public Job job() {
        return job;
    }
}
