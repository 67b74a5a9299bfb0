package org.encompass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.encompass.core.Engine;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.RepositoryView;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The console the UI test classes share: the product's workbench ({@link TestWorkbench}, once per run) on its
 * first-run defaults, the platform log as the Error Log sees it, and helpers that find and drive the console's
 * views, commands, wizards and dialogs the way the operator does. A test class that drives the console extends
 * with it ({@code @ExtendWith(ConsoleFixture.class)}): the console is open before its first test.
 */
final class ConsoleFixture implements BeforeAllCallback {
    static final String COMMANDS = "org.encompass.ui.commands.";

    static IWorkbench workbench;

    static Engine engine;

    static final List<IStatus> logged = new CopyOnWriteArrayList<>();

    static final ILogListener logListener = (status, plugin) -> logged.add(status);

    /** A visible dialog (not the workbench window, not a wizard) showing {@code text}. */
    static Shell dialogWith(String text) {
        var window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Shell main = window == null ? null : window.getShell();
        for (Shell shell : UiThread.display().getShells()) {
            if (shell != main && shell.isVisible() && allText(shell).contains(text)) {
                return shell;
            }
        }
        return null;
    }

    static org.eclipse.jface.wizard.WizardDialog wizardDialog() {
        for (Shell shell : UiThread.display().getShells()) {
            if (shell.isVisible() && shell.getData() instanceof org.eclipse.jface.wizard.WizardDialog dialog) {
                return dialog;
            }
        }
        return null;
    }

    static void clickButton(String text) {
        UiThread.run(() -> {
            org.eclipse.swt.widgets.Button button = findButton(wizardDialog().getShell(), text);
            assertNotNull(button, "no button " + text);
            assertTrue(button.isEnabled(), text + " is enabled");
            button.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
    }

    static org.eclipse.swt.widgets.Button findButton(Control control, String text) {
        if (control instanceof org.eclipse.swt.widgets.Button button && button.getText().replace("&", "").equals(text)) {
            return button;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                var found = findButton(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static void collectControls(Control control, List<Control> into) {
        into.add(control);
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectControls(child, into);
            }
        }
    }

    static org.eclipse.swt.widgets.Table findTable(Control control) {
        if (control instanceof org.eclipse.swt.widgets.Table table && table.isVisible()) {
            return table;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                var found = child.isVisible() ? findTable(child) : null;
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static RepositoryView repositoryView() {
        return UiThread.sync(() -> {
            IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
            RepositoryView view = (RepositoryView) page.findView(RepositoryView.ID);
            page.activate(view);
            return view;
        });
    }

    static void select(RepositoryView view, String name) {
        UiThread.run(() -> {
            view.getSite().getPage().activate(view);
            view.viewer().setSelection(new StructuredSelection(item(view, name).getData()), true);
        });
    }

    static List<String> selectedNames(RepositoryView view) {
        return UiThread.sync(() -> ((List<?>) view.viewer().getStructuredSelection().toList()).stream()
                .map(o -> o instanceof org.encompass.model.Clone c ? c.getName() : String.valueOf(o)).toList());
    }

    static TreeItem item(RepositoryView view, String name) {
        view.viewer().expandAll();
        List<TreeItem> all = new ArrayList<>();
        for (TreeItem top : view.viewer().getTree().getItems()) {
            collect(top, all);
        }
        return all.stream().filter(i -> i.getText(0).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no tree item " + name));
    }

    static void collect(TreeItem item, List<TreeItem> into) {
        into.add(item);
        for (TreeItem child : item.getItems()) {
            collect(child, into);
        }
    }

    static void waitForState(RepositoryView view, String clone, String state) throws InterruptedException {
        UiThread.waitFor(clone + " shown as " + state, 60, () -> {
            view.viewer().expandAll();
            List<TreeItem> all = new ArrayList<>();
            for (TreeItem top : view.viewer().getTree().getItems()) {
                collect(top, all);
            }
            return all.stream().anyMatch(i -> i.getText(0).equals(clone) && i.getText(1).equals(state));
        });
    }

    static boolean enabled(String operation) {
        return UiThread.sync(() -> {
            Command command = workbench.getService(ICommandService.class).getCommand(COMMANDS + operation);
            return command.isEnabled();
        });
    }

    /** Enabled clone commands, in lifecycle order; customize-rollback is listed with its state as it depends on the pointer. */
    static List<String> enabledCloneCommands() {
        List<String> result = new ArrayList<>();
        for (String op : List.of("assign", "unassign", "attach", "detach", "activate", "deactivate", "reconfigure", "capture",
                "customize-apply", "customize-rollback", "destroy")) {
            boolean on = enabled(op);
            if (op.equals("customize-rollback")) {
                result.add(op + "=" + on);
            } else if (on) {
                result.add(op);
            }
        }
        return result;
    }

    static void execute(String commandId) {
        UiThread.run(() -> {
            try {
                workbench.getService(IHandlerService.class).executeCommand(commandId, null);
            } catch (Exception e) {
                throw new AssertionError("executing " + commandId + ": " + e, e);
            }
        });
    }

    static void execute(String commandId, Map<String, String> parameters) {
        UiThread.run(() -> {
            try {
                Command command = workbench.getService(ICommandService.class).getCommand(commandId);
                workbench.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(command, parameters), null);
            } catch (Exception e) {
                throw new AssertionError("executing " + commandId + ": " + e, e);
            }
        });
    }

    static Shell errorDialog() {
        Shell main = workbench.getActiveWorkbenchWindow() == null ? null : workbench.getActiveWorkbenchWindow().getShell();
        for (Shell shell : UiThread.display().getShells()) {
            if (shell != main && shell.isVisible() && allText(shell).contains("holds clone")) {
                return shell;
            }
        }
        return null;
    }

    static String statusLineText() {
        return allText(workbench.getActiveWorkbenchWindow().getShell());
    }

    static String allTextOf(Control control) {
        return allText(control);
    }

    static String allText(Control control) {
        StringBuilder text = new StringBuilder();
        if (control instanceof Label label) {
            text.append(label.getText()).append('\n');
        } else if (control instanceof CLabel label && label.getText() != null) {
            text.append(label.getText()).append('\n');
        } else if (control instanceof Text t) {
            text.append(t.getText()).append('\n');
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                text.append(allText(child));
            }
        }
        return text.toString();
    }

    /** Shows the console's view {@code id} (opening it if needed), as Window > Show View does. */
    static <V extends org.eclipse.ui.IViewPart> V showView(Class<V> type, String id) {
        return UiThread.sync(() -> {
            try {
                return type.cast(org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(id));
            } catch (org.eclipse.ui.PartInitException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** A raw image of {@code mebibytes} MiB of zeros (sparse) at {@code file}, for masters whose content does not matter. */
    static java.nio.file.Path emptyImage(java.nio.file.Path file, int mebibytes) throws java.io.IOException {
        try (java.io.RandomAccessFile image = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            image.setLength((long) mebibytes << 20);
        }
        return file;
    }

    /** Opens the console (once per run) for a test class, and has it closed when the whole run is over. */
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        new TestWorkbench().beforeAll(context);
        open();
    }

    /** Opens the console once per run (later calls return at once) and keeps what the platform logs in {@link #logged}. */
    static synchronized void open() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no X display: run the build under xvfb-run (releng/scripts/test.sh does)");
        if (workbench == null) {
            // Credentials the wizards store go to TestWorkbench.home(), never to ~/.encompass.
            workbench = TestWorkbench.start();
            engine = ConsolePlugin.getDefault().session().engine();
            Platform.addLogListener(logListener);
        }
    }
}
