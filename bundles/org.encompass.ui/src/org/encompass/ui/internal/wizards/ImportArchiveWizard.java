package org.encompass.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.encompass.core.EncompassException;
import org.encompass.core.Engine;
import org.encompass.core.exchange.ArchiveManifest;
import org.encompass.core.exchange.ArchivedMaster;
import org.encompass.core.spi.CopyProgress;
import org.encompass.model.Site;
import org.encompass.ui.internal.ConsoleSession;
import org.encompass.ui.internal.commands.OperationJobs;

/**
 * Import from a site archive: the archive (checked as it is chosen: what it holds, or why it is refused),
 * the storage device to put its masters on, and whether masters already here are skipped. Finish runs
 * {@link Engine#importArchive} as a Job: all or nothing. With "replicate the deployment", a second page maps the
 * archive's exported clones onto this site's machines ({@link ReplicatePage}) and Finish runs {@link Engine#replicate}.
 * Connected to a repository server, the server imports: the archive is a path on the server's host, which this
 * console does not read (no contents shown, no replication from here).
 */
public final class ImportArchiveWizard extends Wizard {
    private final ConsoleSession session;
    private final Page page;
    private final ReplicatePage replicate;

    public ImportArchiveWizard(ConsoleSession session, Site site) {
        this.session = session;
        setWindowTitle(ArchiveMessages.importTitle);
        page = new Page(session.engine(), site, session.serverAddress());
        replicate = new ReplicatePage(session.engine(), page::archive, () -> page.storage.getText());
    }

    @Override
    public void addPages() {
        addPage(page);
        addPage(replicate);
    }

    @Override
    public boolean canFinish() {
        return page.isPageComplete() && (!page.replicating() || getContainer().getCurrentPage() == replicate && replicate.isPageComplete());
    }

    @Override
    public boolean performFinish() {
        if (page.replicating()) {
            replicate.schedule();
            return true;
        }
        Path archive = page.archive();
        String storage = page.storage.getText();
        boolean skip = page.skipExisting.getSelection();
        OperationJobs.schedule(NLS.bind(ArchiveMessages.importJob, archive.getFileName()),
                monitor -> session.importArchive(archive, storage, skip, monitor)); // by the server when connected to one
        return true;
    }

    /** The first page: the archive, what it holds, the device, the skip option, and whether to replicate. */
    public static final class Page extends WizardPage {
        private final Engine engine;
        private final Site site;
        /** The repository server that reads the archive on its host, or null: this console reads it. */
        private final String server;
        private Text file;
        private Table masters;
        private Label origin;
        private Combo storage;
        private Button skipExisting;
        private Button replicate;
        private ArchiveManifest manifest;
        private String refusal;

        Page(Engine engine, Site site, String server) {
            super("import-archive", ArchiveMessages.importTitle, null);
            setDescription(server == null ? ArchiveMessages.importDescription : NLS.bind(ArchiveMessages.importOnServerDescription, server));
            this.engine = engine;
            this.site = site;
            this.server = server;
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(3, false));
            file = server == null ? WizardFields.file(body, ArchiveMessages.importFile, ArchiveMessages.browse, SWT.OPEN, "*.zip", "*")
                    : WizardFields.serverFile(body, ArchiveMessages.importServerFile);
            masters = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
            masters.setHeaderVisible(true);
            for (String title : new String[] { ArchiveMessages.columnMaster, ArchiveMessages.columnVersion,
                    ArchiveMessages.columnSize, ArchiveMessages.columnItems }) {
                TableColumn column = new TableColumn(masters, SWT.LEFT);
                column.setText(title);
                column.setWidth(title.equals(ArchiveMessages.columnMaster) ? 200 : 90);
            }
            GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 140).applyTo(masters);
            origin = new Label(body, SWT.WRAP);
            GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(origin);
            storage = WizardFields.storage(body, ArchiveMessages.importStorage, site);
            skipExisting = new Button(body, SWT.CHECK);
            skipExisting.setText(ArchiveMessages.importSkipExisting);
            GridDataFactory.fillDefaults().span(3, 1).applyTo(skipExisting);
            replicate = new Button(body, SWT.CHECK);
            replicate.setText(ArchiveMessages.importReplicate);
            GridDataFactory.fillDefaults().span(3, 1).applyTo(replicate);
            replicate.setEnabled(server == null); // a replication reads the archive here: not one on the server's host
            replicate.addListener(SWT.Selection, e -> {
                skipExisting.setEnabled(!replicate.getSelection()); // a replication always skips masters held here
                getContainer().updateButtons();
            });
            file.addModifyListener(e -> read());
            storage.addListener(SWT.Selection, e -> validate());
            setControl(body);
        }

        boolean replicating() {
            return replicate.getSelection();
        }

        @Override
        public org.eclipse.jface.wizard.IWizardPage getNextPage() {
            return replicating() ? super.getNextPage() : null;
        }

        Path archive() {
            return server != null ? Path.of(file.getText().trim()) : Path.of(file.getText().trim()).toAbsolutePath();
        }

        /** Reads the archive's manifest (a small entry; the images are not touched) and shows what it holds. */
        private void read() {
            manifest = null;
            refusal = null;
            masters.removeAll();
            origin.setText("");
            if (server != null) { // the server reads it when the import runs, and refuses one it cannot read
                validate();
                return;
            }
            try {
                if (!file.getText().isBlank() && Files.isRegularFile(archive())) {
                    manifest = engine.readArchive(archive());
                    for (ArchivedMaster m : manifest.masters()) {
                        new TableItem(masters, SWT.NONE).setText(new String[] { m.name(), m.version(),
                                CopyProgress.size(m.sizeBytes()), String.valueOf(m.items().size()) });
                    }
                    origin.setText(NLS.bind(ArchiveMessages.importFrom, new Object[] { manifest.site(), manifest.created(),
                            manifest.createdBy(), manifest.count("host"), manifest.count("machine"), manifest.count("clone") }));
                }
            } catch (EncompassException | InvalidPathException e) {
                refusal = e.getMessage(); // a hostile or damaged archive: the engine's reason, shown as the page's error
            }
            origin.getParent().layout(true);
            validate();
        }

        private void validate() {
            if (server != null) {
                String error = !WizardFields.absolute(file.getText().trim()) ? null
                        : storage.getSelectionIndex() < 0 ? ArchiveMessages.importNoStorage : null;
                setErrorMessage(error);
                setMessage(WizardFields.absolute(file.getText().trim()) ? null : ArchiveMessages.importNoServerFile);
                setPageComplete(error == null && WizardFields.absolute(file.getText().trim()));
                return;
            }
            String error = refusal != null ? refusal
                    : manifest != null && storage.getSelectionIndex() < 0 ? ArchiveMessages.importNoStorage : null;
            setErrorMessage(error);
            setMessage(manifest == null && error == null ? ArchiveMessages.importNoFile : null);
            setPageComplete(error == null && manifest != null);
        }
    }
}
