package org.encompass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.encompass.core.credentials.CredentialStore;
import org.encompass.server.ServerClient;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.MachinesView;
import org.encompass.ui.internal.NavigatorView;
import org.encompass.ui.internal.RepositoryView;
import org.encompass.ui.internal.ServerAccount;
import org.encompass.ui.internal.preferences.ConsolePreferences;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a test (prints figures, asserts only that the navigators show the site): the console started
 * connected to a repository server ("connect at start", the password in secure storage) and then connected again
 * (Disconnect, then Connect as File > Connect to Server... does), timed until its navigators show the site's clones:
 * the Repository view's master opened on its clone groups (with their counts) and the Machines view's
 * hosts. Runs only when {@code -Dencompass.bench.consoleServer=HOST:PORT,USER,PASSWORD-FILE} names a server
 * (releng/bench/console-open.sh fills one with 50,000 clones and starts it), alone in its JVM so that the console's
 * start is this JVM's. Its name is not a test's (surefire's default includes): the bundle's test run leaves it out,
 * {@code -Dtest=ConsoleOpenBench} selects it.
 */
class ConsoleOpenBench {
    @Test
    void theConsoleOpensConnectedAndFillsItsNavigators() throws Exception {
        String server = System.getProperty("encompass.bench.consoleServer", "");
        Assumptions.assumeFalse(server.isBlank(), "a benchmark: -Dencompass.bench.consoleServer=HOST:PORT,USER,PASSWORD-FILE");
        String[] parts = server.split(",", 3);
        String address = parts[0];
        String user = parts[1];
        char[] password = Files.readString(Path.of(parts[2]), StandardCharsets.UTF_8).strip().toCharArray();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long start = System.currentTimeMillis();
        TestWorkbench.start(() -> {
            IPreferenceStore preferences = ConsolePlugin.getDefault().getPreferenceStore();
            preferences.setValue(ConsolePreferences.SERVER, address);
            preferences.setValue(ConsolePreferences.SERVER_USER, user);
            preferences.setValue(ConsolePreferences.CONNECT_AT_START, true);
            CredentialStore.standard(System::getenv).set(ServerClient.credentialKey(address), user, password);
        });
        long window = System.currentTimeMillis();
        assertTrue(ConsolePlugin.getDefault().session().serverAddress() != null, "the console started connected");
        Filled first = filled();
        System.out.printf("console start connected to %s: window up %.2f s after the JVM's start (%.2f s after the harness"
                + " began it), navigators showing the site's clones %.2f s after the JVM's start (%.2f s after the harness"
                + " began it; goal <= 3 s); master opened on %s; hosts %s; the largest group opened in %.2f s more (%d rows)%n",
                address, (window - jvmStart) / 1e3, (window - start) / 1e3, (first.shown() - jvmStart) / 1e3,
                (first.shown() - start) / 1e3, first.groups(), first.hosts(), first.groupOpenMillis() / 1e3, first.rows());

        UiThread.run(ConsolePlugin.getDefault()::disconnect);
        UiThread.waitFor("the embedded repository", 60, () -> ConsolePlugin.getDefault().session().serverAddress() == null);
        long connect = System.currentTimeMillis();
        UiThread.run(() -> ConsolePlugin.getDefault().connect(new ServerAccount(address, user, password)));
        long connected = System.currentTimeMillis();
        Filled again = filled();
        System.out.printf("Connect: session %.2f s, navigators showing the site's clones %.2f s after Connect (goal <= 3 s);"
                + " master opened on %s; the largest group opened in %.2f s more (%d rows; %.2f s after Connect)%n",
                (connected - connect) / 1e3, (again.shown() - connect) / 1e3, again.groups(), again.groupOpenMillis() / 1e3,
                again.rows(), (again.shown() + again.groupOpenMillis() - connect) / 1e3);
    }

    /**
     * What the navigators show once filled: the master's clone groups and the hosts, when they showed them
     * (currentTimeMillis), and then the time to open the largest group and the rows it made.
     */
    private record Filled(List<String> groups, List<String> hosts, long shown, long groupOpenMillis, int rows) {
    }

    /**
     * Waits until the Repository view shows a master (then opens it, as the operator does, on its clone groups) and the
     * Machines view its hosts; then opens the largest group (its rows are virtual: only those on screen are made).
     */
    private static Filled filled() throws InterruptedException {
        RepositoryView repository = view(RepositoryView.ID);
        MachinesView machines = view(MachinesView.ID);
        List<String> hosts = waitFor("the Machines view's hosts", () -> topLevel(machines));
        TreeItem[] master = new TreeItem[1];
        waitFor("a master in the Repository view", () -> {
            if (repository.viewer().getTree().getItemCount() == 0) {
                return null;
            }
            List<TreeItem> masters = List.of(repository.viewer().getTree().getItem(0).getItems());
            master[0] = masters.isEmpty() || masters.get(0).getData() == null ? null : masters.get(0);
            return master[0] == null ? null : List.of();
        });
        List<String> groups = waitFor("the master's clone groups", () -> {
            repository.viewer().expandToLevel(master[0].getData(), 1);
            List<String> texts = new ArrayList<>();
            for (TreeItem group : master[0].getItems()) {
                if (group.getData() != null) {
                    texts.add(group.getText(0));
                }
            }
            return texts.isEmpty() ? null : texts;
        });
        long shown = System.currentTimeMillis();
        int rows = UiThread.sync(() -> {
            TreeItem largest = null;
            for (TreeItem group : master[0].getItems()) {
                if (largest == null || count(group.getText(0)) > count(largest.getText(0))) {
                    largest = group;
                }
            }
            repository.viewer().expandToLevel(largest.getData(), 1);
            while (largest.getDisplay().readAndDispatch()) {
                // paint the rows on screen
            }
            return largest.getItemCount();
        });
        assertFalse(rows == 0, "the largest group's rows");
        return new Filled(groups, hosts, shown, System.currentTimeMillis() - shown, rows);
    }

    /** The number in a group's label: "clean (49,996)". */
    private static int count(String label) {
        String digits = label.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    /** The Machines view's top rows: its hosts (with their machine counts) and the chassis folder. */
    private static List<String> topLevel(NavigatorView view) {
        List<String> texts = new ArrayList<>();
        for (TreeItem item : view.viewer().getTree().getItems()) {
            if (item.getData() != null) {
                texts.add(item.getText(0) + " (" + item.getText(1) + ")");
            }
        }
        return texts.isEmpty() ? null : texts;
    }

    /** Polls {@code value} on the UI thread until it is not null. */
    private static <T> T waitFor(String what, Supplier<T> value) throws InterruptedException {
        List<T> found = new ArrayList<>();
        UiThread.waitFor(what, 120, () -> {
            T v = value.get();
            if (v != null) {
                found.add(v);
            }
            return v != null;
        });
        return found.get(found.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private static <V> V view(String id) {
        return UiThread.sync(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            return (V) page.findView(id);
        });
    }
}
