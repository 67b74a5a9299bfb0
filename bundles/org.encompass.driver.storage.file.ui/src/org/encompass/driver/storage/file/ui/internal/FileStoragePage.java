package org.encompass.driver.storage.file.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Text;
import org.encompass.ui.drivers.DriverConnectionPage;
import org.encompass.ui.drivers.Fields;

/** File storage: a directory on this machine (or a mounted share) that holds the images. */
public final class FileStoragePage implements DriverConnectionPage {
    private Text directory;

    @Override
    public void createControls(Composite parent, Runnable changed) {
        Fields.layout(parent, 3);
        directory = Fields.text(parent, Messages.fileDirectory, "directory", SWT.NONE, 1, changed);
        Button browse = new Button(parent, SWT.PUSH);
        browse.setText(Messages.browse);
        browse.addListener(SWT.Selection, e -> {
            String chosen = new DirectoryDialog(parent.getShell()).open();
            if (chosen != null) {
                directory.setText(chosen);
            }
        });
        Fields.hint(parent, Messages.fileHint, 3);
    }

    @Override
    public String validate() {
        String path = location();
        if (path.isEmpty()) {
            return Messages.fileNoDirectory;
        }
        if (!Path.of(path).isAbsolute()) {
            return Messages.fileNotAbsolute;
        }
        return Files.isDirectory(Path.of(path)) ? null : Messages.fileNotADirectory;
    }

    @Override
    public String location() {
        return directory.getText().trim();
    }
}
