package org.encompass.ui.tests;

import static org.encompass.ui.tests.ConsoleFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.encompass.core.Engine;
import org.encompass.core.EngineOptions;
import org.encompass.core.ImportRequest;
import org.encompass.core.query.JournalEntries;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.ImageFormat;
import org.encompass.model.JournalEntry;
import org.encompass.model.Placement;
import org.encompass.model.TerminalState;
import org.encompass.model.Variable;
import org.encompass.core.query.SiteLookup;
import java.util.stream.Collectors;
import org.encompass.persistence.EncompassRepository;
import org.encompass.server.Role;
import org.encompass.server.internal.RepositoryServer;
import org.encompass.server.internal.UserFile;
import org.encompass.ui.internal.ConnectServerDialog;
import org.encompass.ui.internal.ConsoleOperations;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.Messages;
import org.encompass.ui.internal.ServerStatusControl;
import org.encompass.ui.internal.dnd.CloneDrop;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console as a client of a repository server (started in this JVM as {@code encompass-server} starts it, on
 * real TCP): File > Connect to Server... refuses a wrong password in one line (and logs nothing with it), connects,
 * names the server in the title and status line, runs an operation and the deploy wizard through the server (journaled
 * under the console's user; a destroyed clone's record stays, as history), places a clone dropped on a machine through
 * the server (undo too), imports a master from a path on the server's host (one it cannot read: the server's refusal), goes offline and read only when the server stops (operations, wizards and drops disabled), is online again by itself when it is back,
 * and Disconnect returns to the embedded repository.
 */
@ExtendWith(TestWorkbench.class)
class ServerConsoleTest {
    private static final String PASSWORD = "olivia-pw-Secret7";
    /** The commands that open a wizard or start work without a selection: disabled while offline. */
    private static final List<String> WIZARDS = List.of("deploy", "import-master", "import-archive", "export-archive",
            "new-host", "new-storage", "new-chassis", "discover", "service-update");
    private static final String WRONG = "olivia-pw-Wrong8";

    @TempDir
    static Path dir;
    private static Path data;
    private static RepositoryServer server;

    @BeforeAll
    static void serverWithTwoClones() throws Exception {
        ConsoleFixture.open();
        data = dir.resolve("server-data");
        try (EncompassRepository repository = EncompassRepository.open(data)) {
            Engine engine = new Engine(repository.openSession(), EngineOptions.defaults());
            try {
                engine.init(RepositoryServer.DEFAULT_SITE);
                engine.addStorage("nas", "file", Files.createDirectories(dir.resolve("nas")).toString(), CloneMethod.SPARSE, null);
                Path image = dir.resolve("web.img");
                try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
                    file.setLength(8 << 20);
                }
                engine.importMaster(ImportRequest.of("srv", image, ImageFormat.RAW, "nas"), null);
                engine.cloneMaster("srv", CloneMethod.SPARSE, null);
                engine.cloneMaster("srv", CloneMethod.SPARSE, null);
                // shut-off machines of libvirt's test driver for the deploy wizard
                engine.addHost("lab", "libvirt", "test://" + ReplicateWizardTest.shutOffMachines(dir.resolve("lab.xml"), 2), null);
            } finally {
                engine.close();
            }
        }
        new UserFile(data).add("olivia", Role.OPERATOR, PASSWORD.toCharArray());
        server = RepositoryServer.start(data, "127.0.0.1:0", Map.of());
    }

    @AfterAll
    static void stopServer() {
        if (ConsolePlugin.getDefault().session().serverAddress() != null) {
            UiThread.run(ConsolePlugin.getDefault()::disconnect);
        }
        closeDialogsLeftOpen();
        if (server != null) {
            server.close();
        }
    }

    /**
     * A dialog left open (the problems a stopped server caused) would collect the next test's problems, which then
     * never show in a dialog of their own (the workbench adds them to the open one): closed after each test and at
     * the end, and printed for the report.
     */
    @AfterEach
    void closeDialogs() {
        closeDialogsLeftOpen();
    }

    private static void closeDialogsLeftOpen() {
        UiThread.run(() -> {
            Shell main = workbench.getActiveWorkbenchWindow().getShell();
            for (Shell shell : UiThread.display().getShells()) {
                if (shell != main && !shell.isDisposed() && shell.isVisible()) {
                    System.out.println("ServerConsoleTest: closing a dialog left open: " + ConsoleFixture.allTextOf(shell));
                    shell.close();
                }
            }
        });
    }

    @Test
    void connectsRunsThroughTheServerGoesOfflineAndComesBack() throws Exception {
        String address = server.address();
        String embeddedTitle = title();

        // a wrong password: the dialog's one line, the console unchanged, nothing logged with the password
        int loggedBefore = logged.size();
        assertEquals("access denied by " + address + ": unknown user or wrong password for 'olivia'",
                connect(address, WRONG, false));
        assertEquals(embeddedTitle, title());
        for (IStatus status : logged.subList(loggedBefore, logged.size())) {
            assertFalse(String.valueOf(status).contains(WRONG), "the password in the log: " + status);
        }

        assertEquals(null, connect(address, PASSWORD, false));
        UiThread.waitFor("the server in the title", 30, () -> title().equals("Encompass \u2014 olivia@" + address));
        assertEquals("Server olivia@" + address, UiThread.sync(() -> ServerStatusControl.text(ConsolePlugin.getDefault())));
        assertEquals(2, clonesOnTheServer().size(), "the views show the server's repository");

        // destroy srv-01 from the console: the server runs it, under olivia's name
        String first = clonesOnTheServer().get(0);
        var view = repositoryView();
        UiThread.waitFor(first + " in the Repository view", 30, () -> {
            try {
                item(view, first);
                return true;
            } catch (AssertionError notYet) {
                return false;
            }
        });
        select(view, first);
        UiThread.waitFor("destroy enabled", 30, () -> enabled("destroy"));
        execute(COMMANDS + "destroy");
        try {
            UiThread.waitFor(first + " destroyed by the server", 60, () -> clonesOnTheServer().size() == 1);
        } catch (AssertionError e) {
            dumpWhatRuns();
            throw e;
        }
        JournalEntry destroyed = ConsolePlugin.getDefault().session().engine().read(site -> JournalEntries.all(site).stream()
                .filter(e -> e.getOperation().equals("destroy") && e.getTarget().equals(first)).findFirst().orElse(null));
        assertNotNull(destroyed, "the journal has the destroy");
        assertEquals("olivia", destroyed.getUser());

        // the deploy wizard: the server deploys, under olivia's name, and the console sees the clone on the machine
        select(view, "srv v1");
        UiThread.display().asyncExec(() -> execute(COMMANDS + "deploy"));
        UiThread.waitFor("the deploy wizard", 30, () -> wizardDialog() != null);
        DeployWizardBot bot = UiThread.sync(() -> new DeployWizardBot(wizardDialog()));
        assertEquals("srv", UiThread.sync(bot::master), "the selected master is preselected");
        clickButton("Next >");
        UiThread.run(() -> bot.check(List.of("lab/vm-1")));
        clickButton("Next >");
        UiThread.run(() -> bot.variables(Map.of("lab/vm-1", "hostname=www1")));
        clickButton("Finish");
        UiThread.waitFor("a clone deployed on lab/vm-1 by the server", 60, () -> deployedOn("lab/vm-1") != null);
        JournalEntry deployRequest = ConsolePlugin.getDefault().session().engine().read(site -> JournalEntries.all(site).stream()
                .filter(e -> e.getOperation().equals("request") && e.getTarget().equals("srv")).findFirst().orElse(null));
        assertNotNull(deployRequest, "the server's request entry of the deploy");
        assertEquals("olivia", deployRequest.getUser());
        assertEquals(Map.of("hostname", "www1"), ConsolePlugin.getDefault().session().engine().read(site -> SiteLookup
                .clone(site, deployedOn("lab/vm-1")).getVariables().stream().collect(Collectors.toMap(Variable::getName, Variable::getValue))));

        // the server stops: offline and read only; back: online again, by itself
        List<String> live = clonesOnTheServer();
        String second = live.get(0);
        Object secondClone = ConsolePlugin.getDefault().session().engine().read(site -> SiteLookup.clone(site, second));
        select(repositoryView(), second);
        server.close();
        server = null;
        UiThread.waitFor("offline in the title", 30, () -> title().endsWith("(offline)"));
        assertEquals("Server " + address + " offline: read only, reconnecting",
                UiThread.sync(() -> ServerStatusControl.text(ConsolePlugin.getDefault())));
        UiThread.waitFor("destroy disabled while offline", 10, () -> !enabled("destroy"));
        for (String wizard : WIZARDS) { // a wizard opened offline would fail at its finish, its input lost
            assertFalse(enabled(wizard), wizard + " enabled while offline");
        }
        CloneDrop offlineDrop = new CloneDrop(ConsoleOperations.current(), ConsolePlugin.getDefault().commandStack());
        assertEquals(Messages.offlineReadOnly, UiThread.sync(() -> offlineDrop.refusal(null, new StructuredSelection(secondClone))));
        server = restart(address);
        UiThread.waitFor("online again", 60, () -> title().equals("Encompass \u2014 olivia@" + address));
        for (String wizard : WIZARDS) {
            assertTrue(enabled(wizard), wizard + " disabled once online again");
        }
        assertEquals(live, clonesOnTheServer());
        assertFalse(ConsolePlugin.readOnly());

        // Disconnect: the embedded repository again
        execute(COMMANDS + "disconnect-server");
        UiThread.waitFor("the embedded repository in the title", 30, () -> title().equals(embeddedTitle));
        assertEquals(null, ConsolePlugin.getDefault().session().serverAddress());
    }

    @Test
    void aCloneDroppedOnAMachineIsPlacedByTheServerAndUndoSendsTheInverseRequests() throws Exception {
        connected();
        String clone = ConsolePlugin.getDefault().session().engine().read(site -> site.getClones().stream()
                .filter(c -> c.getTerminalState() == TerminalState.NONE && c.getPlacement() == Placement.UNASSIGNED).map(c -> c.getName())
                .sorted().reduce((a, b) -> b).orElseThrow());
        var view = repositoryView();
        waitForState(view, clone, "CLEAN/UNASSIGNED");
        Object dragged = UiThread.sync(() -> item(view, clone).getData());
        Object machine = UiThread.sync(() -> item(view, "vm-2").getData());
        long before = lastJournalId();
        UiThread.run(() -> LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(dragged)));
        try {
            TreeDrop onMachine = UiThread.sync(() -> new TreeDrop(view.viewer(), machine, DND.DROP_MOVE));
            assertTrue(UiThread.sync(onMachine::drop));
        } finally {
            UiThread.run(() -> LocalSelectionTransfer.getTransfer().setSelection(null));
        }
        waitForState(view, clone, "CLEAN/ATTACHED");
        assertEquals(List.of("request assign " + clone + " by olivia", "assign " + clone + " by olivia",
                "request attach " + clone + " by olivia", "attach " + clone + " by olivia"), journalSince(before, clone),
                "the server ran the drop's operations, each a request of the console's user");

        long dropped = lastJournalId();
        UiThread.waitFor("undo enabled", 30, () -> workbench.getService(ICommandService.class).getCommand("org.eclipse.ui.edit.undo").isEnabled());
        execute("org.eclipse.ui.edit.undo");
        waitForState(view, clone, "CLEAN/UNASSIGNED");
        assertEquals(List.of("request detach " + clone + " by olivia", "detach " + clone + " by olivia",
                "request unassign " + clone + " by olivia", "unassign " + clone + " by olivia"), journalSince(dropped, clone),
                "undo sent the inverse requests");
    }

    @Test
    void theImportWizardNamesAFileOnTheServersHostWhichTheServerImports() throws Exception {
        connected();
        Path missing = dir.resolve("gone.img");
        openImportWizard(missing, "gone");
        clickButton("Finish");
        UiThread.waitFor("the server's refusal", 60, () -> dialogWith("the server cannot read " + missing) != null);
        UiThread.run(() -> dialogWith("the server cannot read " + missing).close());

        long before = lastJournalId();
        openImportWizard(dir.resolve("web.img"), "served");
        clickButton("Finish");
        UiThread.waitFor("master served imported by the server", 60, () -> ConsolePlugin.getDefault().session().engine()
                .read(site -> SiteLookup.findMaster(site, "served").isPresent()));
        assertEquals(List.of("request import-master served by olivia", "import-master served by olivia"), journalSince(before, "served"));
    }

    /** File > Import Master... connected: the file is a path on the server's host, which this console does not check. */
    private static void openImportWizard(Path file, String name) throws InterruptedException {
        UiThread.display().asyncExec(() -> execute(COMMANDS + "import-master"));
        UiThread.waitFor("the import wizard", 30, () -> wizardDialog() != null);
        UiThread.run(() -> {
            WizardBot bot = new WizardBot(wizardDialog());
            bot.type(Messages.importServerFile, file.toString());
            bot.type(Messages.importName, name);
        });
        assertTrue(UiThread.sync(() -> wizardDialog().getCurrentPage().isPageComplete()), "an absolute path is taken as it is");
    }

    /** Connected to the class's server as olivia (a test may run first). */
    private static void connected() throws InterruptedException {
        String address = server.address();
        if (ConsolePlugin.getDefault().session().serverAddress() == null) {
            assertEquals(null, connect(address, PASSWORD, false));
        }
        UiThread.waitFor("the server in the title", 30, () -> title().equals("Encompass \u2014 olivia@" + address));
    }

    private static long lastJournalId() {
        return ConsolePlugin.getDefault().session().engine().read(site -> JournalEntries.all(site).stream()
                .mapToLong(JournalEntry::getId).max().orElse(0));
    }

    /** {@code clone}'s entries after {@code id}: a request as "request KIND CLONE by USER", an operation as "OPERATION CLONE by USER". */
    private static List<String> journalSince(long id, String clone) {
        return ConsolePlugin.getDefault().session().engine().read(site -> JournalEntries.all(site).stream()
                .filter(e -> e.getId() > id && clone.equals(e.getTarget())).sorted(java.util.Comparator.comparingLong(JournalEntry::getId))
                .map(e -> (e.getOperation().equals("request") ? "request " + JournalEntries.arguments(e).get("kind") : e.getOperation())
                        + " " + e.getTarget() + " by " + e.getUser()).toList());
    }

    /** File > Connect to Server... filled and confirmed as an operator does; the dialog's error, or null once connected. */
    private static String connect(String address, String password, boolean save) throws InterruptedException {
        ConnectServerDialog dialog = UiThread.sync(() -> {
            ConnectServerDialog d = new ConnectServerDialog(workbench.getActiveWorkbenchWindow().getShell());
            d.setBlockOnOpen(false);
            d.open();
            d.fill(address, "olivia", password, save);
            Button connect = findButton(d.getShell(), "Connect");
            connect.notifyListeners(SWT.Selection, new Event());
            return d;
        });
        return UiThread.sync(() -> {
            if (dialog.getShell() == null || dialog.getShell().isDisposed()) {
                return null;
            }
            String error = dialog.error();
            dialog.close();
            return error;
        });
    }

    /** On a failure: the console's jobs, its journal and where the request's threads are, for the report. */
    private static void dumpWhatRuns() {
        for (var job : org.eclipse.core.runtime.jobs.Job.getJobManager().find(null)) {
            System.err.println("job: " + job.getName() + " state " + job.getState() + " result " + job.getResult());
        }
        ConsolePlugin.getDefault().session().engine().read(site -> {
            JournalEntries.all(site).forEach(e -> System.err.println("journal: " + e.getOperation() + " " + e.getTarget()
                    + " " + e.getOutcome() + " by " + e.getUser()));
            return null;
        });
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            String text = java.util.Arrays.toString(stack);
            if (text.contains("encompass") && (text.contains("Server") || text.contains("OperationJobs") || text.contains("Engine"))) {
                System.err.println("thread " + thread.getName() + ":");
                for (StackTraceElement element : stack) {
                    System.err.println("    " + element);
                }
            }
        });
    }

    /** The clone on {@code machine} as the console sees the server's repository, or null. */
    private static String deployedOn(String machine) {
        return ConsolePlugin.getDefault().session().engine().read(site -> {
            var clone = SiteLookup.machine(site, machine).getClone();
            return clone == null ? null : clone.getName();
        });
    }

    private static String title() {
        return UiThread.sync(() -> workbench.getActiveWorkbenchWindow().getShell().getText());
    }

    /** The clones the server's repository has, as the console sees it: a destroyed clone's record stays as history. */
    private static List<String> clonesOnTheServer() {
        return ConsolePlugin.getDefault().session().engine().read(site -> site.getClones().stream()
                .filter(c -> c.getTerminalState() == TerminalState.NONE).map(c -> c.getName()).sorted().toList());
    }

    /** The server again on the same address (the port may linger for a moment after the close). */
    private static RepositoryServer restart(String address) throws InterruptedException {
        for (int attempt = 0;; attempt++) {
            try {
                return RepositoryServer.start(data, address, Map.of());
            } catch (RuntimeException e) {
                if (attempt == 20) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }
}
