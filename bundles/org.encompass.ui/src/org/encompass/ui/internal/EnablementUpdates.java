package org.encompass.ui.internal;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.emf.cdo.view.CDOViewInvalidationEvent;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.net4j.util.event.IListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.encompass.core.EngineJobs;

/**
 * Command enablement depends on clone states, which change without the selection changing: when the
 * repository changes (anyone's commit), an operation ends or the undo history moves, ask the
 * workbench to evaluate toolbar and menu enablement again.
 */
final class EnablementUpdates {
    private final ConsolePlugin plugin;
    private final IListener invalidations;
    private final IJobChangeListener jobs;
    private final CommandStackListener history;
    private final Runnable connection;
    private org.eclipse.emf.cdo.view.CDOView watched;

    private EnablementUpdates(IWorkbench workbench, ConsolePlugin plugin) {
        this.plugin = plugin;
        Display display = workbench.getDisplay();
        IEventBroker broker = workbench.getService(IEventBroker.class);
        Runnable update = () -> display.asyncExec(() -> {
            if (!display.isDisposed() && !workbench.isClosing()) {
                broker.send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
            }
        });
        invalidations = event -> {
            if (event instanceof CDOViewInvalidationEvent) {
                update.run();
            }
        };
        jobs = new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getJob().belongsTo(EngineJobs.FAMILY)) {
                    update.run();
                }
            }
        };
        history = event -> update.run();
        connection = this::follow;
        follow();
        plugin.addConnectionListener(connection);
        Job.getJobManager().addJobChangeListener(jobs);
        plugin.commandStack().addCommandStackListener(history);
    }

    static EnablementUpdates start(IWorkbench workbench, ConsolePlugin plugin) {
        return new EnablementUpdates(workbench, plugin);
    }

    /** Listens to the current session's view (the session is replaced when the console connects or reconnects). */
    private synchronized void follow() {
        org.eclipse.emf.cdo.view.CDOView current = plugin.session().view();
        if (current != watched) {
            if (watched != null) {
                watched.removeListener(invalidations);
            }
            watched = current;
            current.addListener(invalidations);
        }
    }

    void stop() {
        plugin.removeConnectionListener(connection);
        synchronized (this) {
            if (watched != null) {
                watched.removeListener(invalidations);
            }
        }
        Job.getJobManager().removeJobChangeListener(jobs);
        plugin.commandStack().removeCommandStackListener(history);
    }
}
