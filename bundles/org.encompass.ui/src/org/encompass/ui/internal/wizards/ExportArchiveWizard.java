package org.encompass.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.encompass.core.Engine;
import org.encompass.model.Master;
import org.encompass.model.Site;
import org.encompass.ui.internal.commands.OperationJobs;

/**
 * Export to a branch site: the masters to carry (all checked at first) and the archive file to write.
 * Finish runs {@link Engine#exportArchive} as a Job; the engine refuses an existing file, so the page does too.
 */
public final class ExportArchiveWizard extends Wizard {
    private final Engine engine;
    private final Page page;

    public ExportArchiveWizard(Engine engine, Site site, List<String> preselected) {
        this.engine = engine;
        setWindowTitle(ArchiveMessages.exportTitle);
        page = new Page(site, preselected);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path archive = page.archive();
        List<String> masters = page.checkedMasters();
        OperationJobs.schedule(NLS.bind(ArchiveMessages.exportJob, archive.getFileName()),
                monitor -> engine.exportArchive(archive, masters, monitor));
        return true;
    }

    /** The one page: a checkable list of masters and the archive's path. */
    public static final class Page extends WizardPage {
        private final Site site;
        private final List<String> preselected;
        private Table masters;
        private Text file;

        Page(Site site, List<String> preselected) {
            super("export", ArchiveMessages.exportTitle, null);
            setDescription(ArchiveMessages.exportDescription);
            this.site = site;
            this.preselected = preselected;
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(3, false));
            Label label = new Label(body, SWT.NONE);
            label.setText(ArchiveMessages.exportMasters);
            GridDataFactory.fillDefaults().span(3, 1).applyTo(label);
            masters = new Table(body, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
            GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 160).applyTo(masters);
            for (Master m : site.getMasters()) {
                if (m.getLocation() != null) {
                    TableItem item = new TableItem(masters, SWT.NONE);
                    item.setText(m.getName() + " v" + m.getVersion());
                    item.setData(m.getName());
                    item.setChecked(preselected.isEmpty() || preselected.contains(m.getName()));
                }
            }
            masters.addListener(SWT.Selection, e -> validate());
            file = WizardFields.file(body, ArchiveMessages.exportFile, ArchiveMessages.browse, SWT.SAVE, "*.zip", "*");
            file.addModifyListener(e -> validate());
            setControl(body);
        }

        List<String> checkedMasters() {
            List<String> names = new ArrayList<>();
            for (TableItem item : masters.getItems()) {
                if (item.getChecked()) {
                    names.add((String) item.getData());
                }
            }
            return names;
        }

        Path archive() {
            return Path.of(file.getText().trim()).toAbsolutePath();
        }

        private void validate() {
            String problem = null;
            if (checkedMasters().isEmpty()) {
                problem = ArchiveMessages.exportNoMaster;
            } else if (file.getText().isBlank()) {
                problem = ArchiveMessages.exportNoFile;
            } else {
                try {
                    Path archive = archive();
                    if (Files.exists(archive)) {
                        problem = NLS.bind(ArchiveMessages.exportFileExists, archive);
                    } else if (archive.getParent() == null || !Files.isDirectory(archive.getParent())) {
                        problem = NLS.bind(ArchiveMessages.exportNoDirectory, archive.getParent());
                    }
                } catch (InvalidPathException e) {
                    problem = e.getMessage();
                }
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }
    }
}
