package org.encompass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.encompass.core.DeployRequest;
import org.encompass.core.Engine;
import org.encompass.core.ImportRequest;
import org.encompass.core.query.FreeMachines;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.States;
import org.encompass.model.Clone;
import org.encompass.core.spi.ImageFormat;
import org.encompass.model.Placement;
import org.encompass.ui.internal.RepositoryView;

/**
 * What the reassign and service update console tests share: their own master on the console's repository,
 * machines of the test host, the Repository navigator's items, dialogs and buttons; and the clean-up that
 * leaves the test host's machines free for the other test classes of the run.
 */
final class UpdateConsoleDriver {
    private UpdateConsoleDriver() {
    }

    static void importMaster(Engine engine, Path dir, String name) throws Exception {
        Path image = dir.resolve(name + ".img");
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.setLength(8 << 20);
        }
        engine.importMaster(ImportRequest.of(name, image, ImageFormat.RAW, "local"), null);
    }

    /**
     * {@code count} free machines ({@code test/vm-NN}) of the console's libvirt test host (the first-run default;
     * other classes add hosts whose machines run) for {@code master}; fails when it has fewer.
     */
    static List<String> freeMachines(Engine engine, String master, int count) {
        List<String> free = engine.read(site -> FreeMachines.of(site, SiteLookup.master(site, master)).stream()
                .map(SiteLookup::qualifiedName).filter(m -> m.startsWith("test/")).toList());
        assertTrue(free.size() >= count, "the test host has " + free + " free, this test needs " + count);
        return free.subList(0, count);
    }

    /** Deploys and activates {@code master} on each machine; returns the clones in machine order. */
    static List<String> deployActive(Engine engine, String master, List<String> machines) {
        var result = engine.deploy(new DeployRequest(master, machines, null, Map.of(), true), null);
        assertTrue(result.succeeded(), result.toString());
        return result.outcomes().stream().map(o -> o.cloneName()).toList();
    }

    static String state(Engine engine, String clone) {
        return engine.read(site -> States.of(SiteLookup.clone(site, clone)).toString());
    }

    /** The clone on {@code machine} ({@code host/vm}), or null. */
    static String cloneOn(Engine engine, String machine) {
        return engine.read(site -> {
            Clone clone = SiteLookup.machine(site, machine).getClone();
            return clone == null ? null : clone.getName();
        });
    }

    /** Takes every live clone of {@code masters} down and destroys it, then deletes the masters (last first). */
    static void removeAll(Engine engine, List<String> masters) {
        removeClones(engine, engine.read(site -> site.getClones().stream()
                .filter(c -> c.getMaster() != null && masters.contains(c.getMaster().getName()))
                .filter(c -> !States.of(c).isTerminal()).map(Clone::getName).toList()));
        for (String master : masters.reversed()) {
            if (engine.read(site -> SiteLookup.findMaster(site, master).isPresent())) {
                engine.deleteMaster(master, null);
            }
        }
    }

    /** Takes each clone down and destroys it. */
    static void removeClones(Engine engine, List<String> clones) {
        for (String clone : clones) {
            Placement placement = engine.read(site -> SiteLookup.clone(site, clone).getPlacement());
            if (placement == Placement.ACTIVE) {
                engine.deactivate(clone, null);
            }
            if (placement == Placement.ACTIVE || placement == Placement.ATTACHED) {
                engine.detach(clone, null);
            }
            if (placement != Placement.UNASSIGNED) {
                engine.unassign(clone, null);
            }
            engine.destroy(clone, null);
        }
    }

    static RepositoryView repositoryView(IWorkbench workbench) {
        return UiThread.sync(() -> {
            IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
            RepositoryView view = (RepositoryView) page.findView(RepositoryView.ID);
            page.activate(view);
            return view;
        });
    }

    /** The navigator's item whose name column reads {@code name} (call on the UI thread). */
    static TreeItem item(RepositoryView view, String name) {
        TreeItem found = findItem(view, name);
        if (found == null) {
            throw new AssertionError("no tree item " + name);
        }
        return found;
    }

    static TreeItem findItem(RepositoryView view, String name) {
        view.viewer().expandAll();
        List<TreeItem> all = new ArrayList<>();
        for (TreeItem top : view.viewer().getTree().getItems()) {
            collect(top, all);
        }
        return all.stream().filter(i -> i.getText(0).equals(name)).findFirst().orElse(null);
    }

    private static void collect(TreeItem item, List<TreeItem> into) {
        into.add(item);
        for (TreeItem child : item.getItems()) {
            collect(child, into);
        }
    }

    static void select(RepositoryView view, Object element) {
        UiThread.run(() -> {
            view.getSite().getPage().activate(view);
            view.viewer().setSelection(new StructuredSelection(element), true);
        });
    }

    /** Runs a command from the event loop, as a menu does: what it opens (modal) can then be driven from the test. */
    static void executeLater(IWorkbench workbench, String commandId) {
        UiThread.display().asyncExec(() -> {
            try {
                workbench.getService(IHandlerService.class).executeCommand(commandId, null);
            } catch (Exception e) {
                throw new AssertionError("executing " + commandId + ": " + e, e);
            }
        });
    }

    /** The enabled items of the navigator's context menu for its selection, as the operator reads them. */
    static List<String> contextMenu(RepositoryView view) {
        return UiThread.sync(() -> {
            Menu popup = view.viewer().getControl().getMenu();
            popup.notifyListeners(SWT.Show, new Event());
            List<String> labels = new ArrayList<>();
            for (MenuItem item : popup.getItems()) {
                if (item.isEnabled() && !item.getText().isEmpty()) {
                    labels.add(item.getText().replace("&", "").split("\t")[0]);
                }
            }
            popup.notifyListeners(SWT.Hide, new Event());
            return labels;
        });
    }

    /** Chooses {@code label} in the navigator's context menu from the event loop (what it opens may be modal). */
    static void chooseFromContextMenuLater(RepositoryView view, String label) {
        UiThread.display().asyncExec(() -> {
            Menu popup = view.viewer().getControl().getMenu();
            popup.notifyListeners(SWT.Show, new Event());
            MenuItem chosen = null;
            for (MenuItem item : popup.getItems()) {
                if (item.getText().replace("&", "").split("\t")[0].equals(label)) {
                    chosen = item;
                }
            }
            popup.notifyListeners(SWT.Hide, new Event());
            if (chosen == null) {
                throw new AssertionError("no context menu item " + label);
            }
            chosen.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** A visible shell whose data (its JFace window) is of {@code type}, or null (call on the UI thread). */
    static <T> T window(Class<T> type) {
        for (Shell shell : UiThread.display().getShells()) {
            if (shell.isVisible() && type.isInstance(shell.getData())) {
                return type.cast(shell.getData());
            }
        }
        return null;
    }

    /** Presses the enabled button reading {@code text} inside {@code control} (call on the UI thread). */
    static void press(Control control, String text) {
        Button button = findButton(control, text);
        assertNotNull(button, "no button " + text);
        press(button);
    }

    static void press(Button button) {
        assertTrue(button.isEnabled(), button.getText() + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
    }

    private static Button findButton(Control control, String text) {
        if (control instanceof Button button && button.getText().replace("&", "").equals(text)) {
            return button;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Button found = findButton(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
