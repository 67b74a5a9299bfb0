package org.encompass.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.encompass.core.customization.ImageInspection;
import org.encompass.core.customization.ImageInspector;
import org.encompass.ui.drivers.DriverConnectionPage;

/**
 * What the chosen image holds: shown, the page runs {@link ImageInspector} on the file as a Job (a libguestfs
 * appliance can take a minute under TCG), with a progress bar, the step in progress and a Cancel button, then
 * lists the file systems, the partitions and the operating system. The result goes to the items page, which
 * offers the file systems and identity files when an item is written. Optional: the import does not wait for it.
 */
public final class ImageInspectionPage extends WizardPage {
    private final Supplier<Path> file;
    private final Consumer<ImageInspection> found;
    private Label status;
    private ProgressBar progress;
    private Button cancel;
    private Table fileSystems;
    private Label partitions;
    private Label system;
    private Label identity;
    private Path inspected;
    private Job job;

    ImageInspectionPage(Supplier<Path> file, Consumer<ImageInspection> found) {
        super("inspect", InspectMessages.title, null);
        setDescription(InspectMessages.description);
        this.file = file;
        this.found = found;
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        status = new Label(body, SWT.WRAP);
        status.setData(DriverConnectionPage.FIELD, "status");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(480, SWT.DEFAULT).applyTo(status);
        progress = new ProgressBar(body, SWT.INDETERMINATE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
        cancel = new Button(body, SWT.PUSH);
        cancel.setText(InspectMessages.cancel);
        cancel.setData(DriverConnectionPage.FIELD, "cancel");
        cancel.addListener(SWT.Selection, e -> {
            if (job != null) {
                job.cancel();
            }
        });
        fileSystems = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        fileSystems.setHeaderVisible(true);
        fileSystems.setData(DriverConnectionPage.FIELD, "fileSystems");
        String[] headers = { InspectMessages.columnDevice, InspectMessages.columnType, InspectMessages.columnLabel,
            InspectMessages.columnSize, InspectMessages.columnRoot };
        int[] widths = { 140, 70, 110, 90, 60 };
        for (int i = 0; i < headers.length; i++) {
            new TableColumn(fileSystems, SWT.NONE).setText(headers[i]);
            fileSystems.getColumn(i).setWidth(widths[i]);
        }
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(480, 100).applyTo(fileSystems);
        system = row(body, InspectMessages.os, "os");
        partitions = row(body, InspectMessages.partitions, "partitions");
        identity = row(body, InspectMessages.identityFiles, "identityFiles");
        running(false);
        setControl(body);
    }

    private static Label row(Composite body, String caption, String id) {
        new Label(body, SWT.NONE).setText(caption);
        Label value = new Label(body, SWT.WRAP);
        value.setData(DriverConnectionPage.FIELD, id);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(value);
        return value;
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        Path chosen = file.get();
        if (visible && chosen != null && !chosen.equals(inspected)) {
            start(chosen);
        }
    }

    @Override
    public void dispose() {
        if (job != null) {
            job.cancel(); // the wizard closed: its appliance is stopped
        }
        super.dispose();
    }

    private void start(Path image) {
        if (job != null) {
            job.cancel();
        }
        inspected = image;
        show(null);
        found.accept(null);
        status.setText(NLS.bind(InspectMessages.running, image.getFileName()));
        running(true);
        long started = System.nanoTime();
        Job inspection = Job.create(NLS.bind(InspectMessages.job, image.getFileName()), monitor -> {
            try {
                ImageInspection result = ImageInspector.inspect(image, ImageInspector.DEFAULT_TIMEOUT, steps(monitor));
                finished(image, result, NLS.bind(InspectMessages.done, result.method(),
                        String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9)));
            } catch (OperationCanceledException e) {
                finished(image, null, InspectMessages.cancelled);
                return Status.CANCEL_STATUS;
            } catch (IOException e) {
                finished(image, null, NLS.bind(InspectMessages.failed, e.getMessage()));
            }
            return Status.OK_STATUS;
        });
        inspection.setUser(false);
        job = inspection;
        inspection.schedule();
    }

    /** The Job's monitor, whose step names also show on the page. */
    private IProgressMonitor steps(IProgressMonitor monitor) {
        return new ProgressMonitorWrapper(monitor) {
            @Override
            public void subTask(String name) {
                super.subTask(name);
                onPage(() -> status.setText(name + "..."));
            }
        };
    }

    private void finished(Path image, ImageInspection result, String message) {
        onPage(() -> {
            if (!image.equals(inspected)) {
                return; // a later file's inspection owns the page
            }
            running(false);
            status.setText(message);
            show(result);
            found.accept(result);
        });
    }

    private void onPage(Runnable update) {
        Control control = getControl();
        if (control != null && !control.isDisposed()) {
            control.getDisplay().asyncExec(() -> {
                if (!control.isDisposed()) {
                    update.run();
                }
            });
        }
    }

    private void running(boolean busy) {
        progress.setVisible(busy);
        cancel.setEnabled(busy);
    }

    private void show(ImageInspection result) {
        fileSystems.removeAll();
        if (result == null) {
            for (Label label : new Label[] { system, partitions, identity }) {
                label.setText("");
            }
            return;
        }
        for (ImageInspection.FileSystem fs : result.fileSystems()) {
            new TableItem(fileSystems, SWT.NONE).setText(new String[] { fs.device(), fs.type(), fs.label(),
                size(fs.sizeBytes()), fs.root() ? InspectMessages.rootYes : "" });
        }
        ImageInspection.OperatingSystem os = result.operatingSystem();
        system.setText(os == null ? InspectMessages.osNone : NLS.bind(InspectMessages.osLine, new Object[] {
            os.productName(), os.type(), os.distro(), os.version(), os.hostname() }));
        List<String> parts = new ArrayList<>();
        result.partitions().forEach(p -> parts.add(p.device() + " (" + size(p.sizeBytes()) + ")"));
        partitions.setText(parts.isEmpty() ? InspectMessages.partitionsNone : String.join(", ", parts));
        identity.setText(String.join(", ", result.identityFiles()));
        ((Composite) getControl()).layout(true, true);
    }

    static String size(long bytes) {
        if (bytes < 0) {
            return InspectMessages.unknownSize;
        }
        String[] units = { "B", "KiB", "MiB", "GiB", "TiB" };
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
