package org.encompass.ui.internal.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.encompass.model.Site;
import org.encompass.model.StorageDevice;

/** Rows the console's wizards share, in a three-column grid: a file with Browse, and the site's storage devices. */
final class WizardFields {
    private WizardFields() {
    }

    /** Label, path field and a Browse button opening a file dialog ({@code SWT.OPEN} or {@code SWT.SAVE}). */
    static Text file(Composite body, String label, String browse, int dialogStyle, String... filters) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        Button button = new Button(body, SWT.PUSH);
        button.setText(browse);
        button.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(body.getShell(), dialogStyle);
            if (filters.length > 0) {
                dialog.setFilterExtensions(filters);
            }
            String chosen = dialog.open();
            if (chosen != null) {
                text.setText(chosen);
            }
        });
        return text;
    }

    /** Label and the path of a file on the repository server's host (no Browse: this console cannot see that host). */
    static Text serverFile(Composite body, String label) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(text);
        return text;
    }

    /** Whether {@code path} is an absolute path (of this host's syntax, as the server's). */
    static boolean absolute(String path) {
        try {
            return !path.isBlank() && java.nio.file.Path.of(path).isAbsolute();
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** Label and a read-only choice of the site's storage devices, the first one selected. */
    static Combo storage(Composite body, String label, Site site) {
        new Label(body, SWT.NONE).setText(label);
        Combo combo = new Combo(body, SWT.READ_ONLY);
        for (StorageDevice device : site.getStorageDevices()) {
            combo.add(device.getName());
        }
        if (combo.getItemCount() > 0) {
            combo.select(0);
        }
        GridDataFactory.fillDefaults().span(2, 1).applyTo(combo);
        return combo;
    }
}
