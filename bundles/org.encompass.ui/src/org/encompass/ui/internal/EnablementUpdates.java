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
        plugin.session().view().addListener(invalidations);
        Job.getJobManager().addJobChangeListener(jobs);
        plugin.commandStack().addCommandStackListener(history);
    }

    static EnablementUpdates start(IWorkbench workbench, ConsolePlugin plugin) {
        return new EnablementUpdates(workbench, plugin);
    }

    void stop() {
        plugin.session().view().removeListener(invalidations);
        Job.getJobManager().removeJobChangeListener(jobs);
        plugin.commandStack().removeCommandStackListener(history);
    }
}
