package org.encompass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CommitException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.encompass.model.Conflict;
import org.encompass.model.Machine;
import org.encompass.model.ModelFactory;
import org.encompass.model.Site;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.NavigatorView;
import org.encompass.ui.internal.conflicts.ConflictMessages;
import org.encompass.ui.internal.conflicts.ConflictsView;

/**
 * The Conflicts view, its commands and the machines' conflict mark, driven in the running console
 * (see {@link ConflictsConsoleTest}). Conflicts are written into the
 * repository through a CDO transaction as another console would, or found by a real discovery of
 * libvirt's test driver.
 */
final class ConflictScenarios {
    static final String COMMANDS = "org.encompass.ui.commands.";
    /** What the diamond's orange looks like in an icon (see icons/ovr-conflict.png). */
    private static final RGB CONFLICT_ORANGE = new RGB(240, 140, 0);

    private final IWorkbench workbench;

    ConflictScenarios(IWorkbench workbench) {
        this.workbench = workbench;
    }

    /** Records a conflict as discovery would (next id of the site), committed by another transaction. */
    long writeConflict(String kind, String subject, String detail, String modelValue, String discoveredValue) throws CommitException {
        CDOTransaction transaction = ConsolePlugin.getDefault().session().view().getSession().openTransaction();
        try {
            Site site = transaction.getObject(ConsolePlugin.getDefault().session().site());
            Conflict conflict = ModelFactory.eINSTANCE.createConflict();
            long id = site.getNextConflictId() + 1;
            site.setNextConflictId(id);
            conflict.setId(id);
            conflict.setKind(kind);
            conflict.setSubject(subject);
            conflict.setDetail(detail);
            conflict.setModelValue(modelValue);
            conflict.setDiscoveredValue(discoveredValue);
            conflict.setDiscoveredBy("ui-test");
            conflict.setDetected(new Date());
            site.getConflicts().add(conflict);
            transaction.commit();
            return id;
        } finally {
            transaction.close();
        }
    }

    /** Records {@code macs} as the machine's MAC addresses, committed by another transaction as another console would. */
    static void setMacs(String qualifiedName, List<String> macs) throws CommitException {
        CDOTransaction transaction = ConsolePlugin.getDefault().session().view().getSession().openTransaction();
        try {
            Site site = transaction.getObject(ConsolePlugin.getDefault().session().site());
            Machine machine = site.getHosts().stream().flatMap(h -> h.getMachines().stream()
                    .filter(m -> (h.getName() + "/" + m.getName()).equals(qualifiedName))).findFirst()
                    .orElseThrow(() -> new AssertionError("no machine " + qualifiedName));
            machine.getMacAddresses().clear();
            machine.getMacAddresses().addAll(macs);
            transaction.commit();
        } finally {
            transaction.close();
        }
    }

    ConflictsView conflictsView() {
        return (ConflictsView) showView(ConflictsView.ID);
    }

    IViewPart showView(String id) {
        return UiThread.sync(() -> {
            try {
                return workbench.getActiveWorkbenchWindow().getActivePage().showView(id);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
    }

    /**
     * The view's rows as the table shows them: every column but the detection date (it depends on the locale and
     * the clock), separated by a space (call on the UI thread).
     */
    static List<String> rows(ConflictsView view) {
        List<String> rows = new ArrayList<>();
        for (List<String> row : WizardBot.of(view).table()) {
            rows.add(String.join(" ", row.get(0), row.get(1), row.get(2), row.get(3), row.get(5)));
        }
        return rows;
    }

    /** Waits until the view's rows (it follows commits live) satisfy {@code condition}. */
    void waitForRows(ConflictsView view, String what, java.util.function.Predicate<List<String>> condition) throws InterruptedException {
        UiThread.waitFor(what + " in the Conflicts view", 60, () -> condition.test(rows(view)));
    }

    /** Selects the row of conflict {@code id}, as a click on it does. */
    void select(ConflictsView view, long id) {
        UiThread.run(() -> {
            IWorkbenchPage page = view.getSite().getPage();
            page.activate(view);
            Table table = WizardBot.of(view).first(Table.class);
            TableItem row = java.util.Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(Long.toString(id))).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for conflict #" + id));
            view.getSite().getSelectionProvider().setSelection(new StructuredSelection(row.getData()));
        });
    }

    /** Ticks or clears "Show resolved conflicts" (a click: the table refreshes). */
    static void showResolved(ConflictsView view, boolean shown) {
        UiThread.run(() -> WizardBot.of(view).check(ConflictMessages.showResolved, shown));
    }

    boolean enabled(String command) {
        return UiThread.sync(() -> {
            Command c = workbench.getService(ICommandService.class).getCommand(COMMANDS + command);
            return c.isEnabled();
        });
    }

    void execute(String command) {
        UiThread.run(() -> {
            try {
                workbench.getService(IHandlerService.class).executeCommand(COMMANDS + command, null);
            } catch (Exception e) {
                throw new AssertionError("executing " + command + ": " + e, e);
            }
        });
    }

    /** Whether the machine's icon in that navigator carries the orange conflict diamond (bottom right). */
    boolean markedIn(String viewId, String machine) {
        return UiThread.sync(() -> {
            NavigatorView view = (NavigatorView) workbench.getActiveWorkbenchWindow().getActivePage().findView(viewId);
            view.viewer().expandAll();
            List<TreeItem> all = new ArrayList<>();
            for (TreeItem top : view.viewer().getTree().getItems()) {
                collect(top, all);
            }
            return marked(all.stream().filter(i -> i.getText(0).equals(machine)).findFirst()
                    .orElseThrow(() -> new AssertionError("no tree item " + machine + " in " + viewId)));
        });
    }

    /** Scrolls the navigator so the machine shows (for screenshots). */
    void reveal(String viewId, String machine) {
        UiThread.run(() -> {
            NavigatorView view = (NavigatorView) workbench.getActiveWorkbenchWindow().getActivePage().findView(viewId);
            List<TreeItem> all = new ArrayList<>();
            for (TreeItem top : view.viewer().getTree().getItems()) {
                collect(top, all);
            }
            all.stream().filter(i -> i.getText(0).equals(machine)).findFirst().ifPresent(i -> view.viewer().getTree().showItem(i));
        });
    }

    private static boolean marked(TreeItem item) {
        Image image = item.getImage();
        assertTrue(image != null, "no icon on " + item.getText());
        ImageData data = image.getImageData();
        // The overlay's 7x7 diamond sits in the bottom-right corner; (2, 3) of it is orange.
        int x = data.width - 7 + 2;
        int y = data.height - 7 + 3;
        RGB rgb = data.palette.getRGB(data.getPixel(x, y));
        return Math.abs(rgb.red - CONFLICT_ORANGE.red) < 16 && Math.abs(rgb.green - CONFLICT_ORANGE.green) < 16
                && Math.abs(rgb.blue - CONFLICT_ORANGE.blue) < 16;
    }

    private static void collect(TreeItem item, List<TreeItem> into) {
        into.add(item);
        for (TreeItem child : item.getItems()) {
            collect(child, into);
        }
    }

    /** The machine's MAC addresses as the console's view shows them. */
    static List<String> macs(String qualifiedName) {
        return UiThread.sync(() -> {
            Site site = ConsolePlugin.getDefault().session().site();
            for (var host : site.getHosts()) {
                for (Machine m : host.getMachines()) {
                    if ((host.getName() + "/" + m.getName()).equals(qualifiedName)) {
                        return List.copyOf(m.getMacAddresses());
                    }
                }
            }
            throw new AssertionError("no machine " + qualifiedName);
        });
    }
}
