package org.encompass.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.SubMonitor;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.encompass.core.ImportRequest;
import org.encompass.core.Limits;
import org.encompass.core.spi.ImageFormat;
import org.encompass.model.Site;
import org.encompass.ui.internal.ConsoleSession;
import org.encompass.ui.internal.Messages;
import org.encompass.ui.internal.commands.OperationJobs;

/**
 * Import a master: image file, name, format, storage device and machine requirements, then what the image
 * holds (partitions, file systems, OS: {@link ImageInspectionPage}), then its ordered customization items. Finish runs the import and stores the items on the new master, as one Job.
 * Connected to a repository server, the server imports: the image is a path on the server's host (not inspected here).
 */
public final class ImportMasterWizard extends Wizard {
    private final ConsoleSession session;
    private final Page page;
    private final CustomizationItemsPage itemsPage = new CustomizationItemsPage();
    private final ImageInspectionPage inspectionPage;

    public ImportMasterWizard(ConsoleSession session, Site site) {
        this.session = session;
        setWindowTitle(Messages.importTitle);
        page = new Page(site, session.serverAddress());
        inspectionPage = new ImageInspectionPage(page::chosenFile, itemsPage::inspected);
    }

    @Override
    public void addPages() {
        addPage(page);
        addPage(inspectionPage);
        addPage(itemsPage);
    }

    private ImportRequest request() {
        return ImportRequest.of(page.name.getText().trim(), Path.of(page.file.getText().trim()),
                ImageFormat.valueOf(page.format.getText()), page.storage.getText())
                .withRequirements(page.arch.getText().trim().isEmpty() ? null : page.arch.getText().trim(),
                        page.cpus.getSelection(), page.memory.getSelection(), 0);
    }

    @Override
    public boolean performFinish() {
        ImportRequest request = request();
        List<ItemDraft> items = itemsPage.items();
        OperationJobs.schedule(NLS.bind(Messages.importJob, request.name()), monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, items.size() + 10);
            String master = session.importMaster(request, progress.split(10)); // by the server when connected to one
            progress.setTaskName(NLS.bind(ItemMessages.itemsJob, master));
            for (ItemDraft item : items) {
                session.engine().addCustomizationItem(master, item.toItem());
                progress.worked(1);
            }
        });
        return true;
    }

    /** The one page; its fields are what the operator types. */
    public static final class Page extends WizardPage {
        private final Site site;
        /** The repository server that reads the image on its host, or null: this console reads it. */
        private final String server;
        private Text file;
        private Text name;
        private Combo format;
        private Combo storage;
        private Text arch;
        private Spinner cpus;
        private Spinner memory;

        Page(Site site, String server) {
            super("import", Messages.importTitle, null);
            setDescription(server == null ? Messages.importDescription : NLS.bind(Messages.importOnServerDescription, server));
            this.site = site;
            this.server = server;
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(3, false));
            file = server == null ? WizardFields.file(body, Messages.importFile, Messages.importBrowse, SWT.OPEN)
                    : WizardFields.serverFile(body, Messages.importServerFile);
            name = field(body, Messages.importName);
            new Label(body, SWT.NONE);
            new Label(body, SWT.NONE).setText(Messages.importFormat);
            format = new Combo(body, SWT.READ_ONLY);
            for (ImageFormat f : ImageFormat.values()) {
                format.add(f.name());
            }
            format.select(0);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(format);
            storage = WizardFields.storage(body, Messages.importStorage, site);
            arch = field(body, Messages.importArch);
            arch.setText("x86_64");
            new Label(body, SWT.NONE);
            new Label(body, SWT.NONE).setText(Messages.importCpus);
            cpus = new Spinner(body, SWT.BORDER);
            cpus.setValues(0, 0, (int) Limits.MIN_CPUS.max(), 0, 1, 4);
            new Label(body, SWT.NONE);
            new Label(body, SWT.NONE).setText(Messages.importMemory);
            memory = new Spinner(body, SWT.BORDER);
            memory.setValues(0, 0, (int) Math.min(Integer.MAX_VALUE, Limits.MIN_MEMORY_MIB.max()), 0, 256, 1024);
            new Label(body, SWT.NONE);
            file.addModifyListener(e -> {
                if (name.getText().isBlank() || name.getData() != null) {
                    String base = Path.of(file.getText().trim()).getFileName() == null ? "" : Path.of(file.getText().trim()).getFileName().toString();
                    name.setText(base.replaceFirst("\\.[^.]*$", ""));
                    name.setData(Boolean.TRUE); // still derived from the file name
                }
                validate();
            });
            name.addModifyListener(e -> validate());
            arch.addModifyListener(e -> validate());
            storage.addListener(SWT.Selection, e -> validate());
            setControl(body);
        }

        /** The image file typed or browsed to, when it is one here (a file on the server's host is not inspected). */
        Path chosenFile() {
            String path = file.getText().trim();
            try {
                return server != null || path.isEmpty() || !Files.isRegularFile(Path.of(path)) ? null : Path.of(path).toAbsolutePath();
            } catch (java.nio.file.InvalidPathException e) {
                return null;
            }
        }

        private Text field(Composite body, String label) {
            new Label(body, SWT.NONE).setText(label);
            Text text = new Text(body, SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
            return text;
        }

        private void validate() {
            String problem = null;
            String path = file.getText().trim();
            if (server != null ? !WizardFields.absolute(path) : path.isEmpty() || !Files.isRegularFile(Path.of(path))) {
                problem = server != null ? Messages.importNoServerFile : Messages.importNoFile;
            } else if (name.getText().isBlank()) {
                problem = Messages.importNoName;
            } else if (storage.getSelectionIndex() < 0) {
                problem = Messages.importNoStorage;
            } else {
                problem = Limits.ARCHITECTURE.problem(Messages.importArchitecture, arch.getText().trim()); // the engine's limit
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }
    }
}
