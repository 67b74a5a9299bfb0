package org.encompass.ui.internal.conflicts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.encompass.core.DiscoveryReport;
import org.encompass.ui.internal.ChangeHandler;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.ConsoleSession;
import org.encompass.ui.internal.commands.OperationJobs;

/** Discover Now: asks every host and storage device what exists, as a Job; the summary goes to the status line. */
public final class DiscoverHandler extends ChangeHandler {
    @Override
    protected void run(ExecutionEvent event) {
        ConsoleSession session = ConsolePlugin.getDefault().session(); // on the server when connected to one
        IStatusLineManager statusLine = statusLine(HandlerUtil.getActivePart(event));
        AtomicReference<DiscoveryReport> report = new AtomicReference<>();
        Job job = OperationJobs.create(ConflictMessages.discoverJob, monitor -> report.set(session.discover(monitor)));
        Display display = Display.getCurrent();
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent done) {
                if (report.get() != null && statusLine != null) {
                    String text = summary(report.get());
                    display.asyncExec(() -> statusLine.setMessage(text));
                }
            }
        });
        job.schedule();
    }

    private static IStatusLineManager statusLine(IWorkbenchPart part) {
        return part instanceof IViewPart view ? view.getViewSite().getActionBars().getStatusLineManager() : null;
    }

    /** One line: reachable hosts, machine changes, open conflicts, and which hosts could not be reached. */
    public static String summary(DiscoveryReport report) {
        int reachable = 0;
        int added = 0;
        int updated = 0;
        int vanished = 0;
        List<String> unreachable = new ArrayList<>();
        for (DiscoveryReport.HostResult host : report.hosts()) {
            if (host.reachable()) {
                reachable++;
            } else {
                unreachable.add(host.host());
            }
            added += host.added();
            updated += host.updated();
            vanished += host.vanished();
        }
        String text = NLS.bind(ConflictMessages.discoverSummary, new Object[] { reachable, report.hosts().size(), added, updated,
                vanished, report.openConflicts() });
        return unreachable.isEmpty() ? text : text + NLS.bind(ConflictMessages.discoverUnreachable, String.join(", ", unreachable));
    }
}
