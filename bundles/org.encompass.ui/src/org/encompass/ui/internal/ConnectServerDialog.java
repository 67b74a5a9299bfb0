package org.encompass.ui.internal;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.encompass.core.Quoted;
import org.encompass.ui.internal.preferences.ConsolePreferences;

/**
 * File > Connect to Server...: the server's {@code HOST:PORT}, the user, the password and whether to save it in
 * secure storage. OK connects while the dialog waits; a refusal (nothing answers, wrong password, untrusted
 * certificate) is the dialog's one-line error and the console stays as it was. The server and user are remembered
 * in the preferences ({@link ConsolePreferences#SERVER}).
 */
public final class ConnectServerDialog extends TitleAreaDialog {
    private Text address;
    private Text user;
    private Text password;
    private Button save;

    public ConnectServerDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.connectTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.connectTitle);
        setMessage(Messages.connectMessage);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite fields = new Composite(area, SWT.NONE);
        fields.setLayout(new GridLayout(2, false));
        fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        IPreferenceStore preferences = ConsolePlugin.getDefault().getPreferenceStore();
        address = field(fields, Messages.connectAddress, SWT.BORDER);
        address.setText(preferences.getString(ConsolePreferences.SERVER));
        user = field(fields, Messages.connectUser, SWT.BORDER);
        String lastUser = preferences.getString(ConsolePreferences.SERVER_USER);
        user.setText(lastUser.isBlank() && !address.getText().isBlank() ? ServerAccount.storedUser(address.getText()) : lastUser);
        password = field(fields, Messages.connectPassword, SWT.BORDER | SWT.PASSWORD);
        new Label(fields, SWT.NONE);
        save = new Button(fields, SWT.CHECK);
        save.setText(Messages.connectSave);
        return area;
    }

    private static Text field(Composite parent, String label, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, style);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.connectButton, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** Fills the fields, as an operator types them (the tests). */
    public void fill(String serverAddress, String userName, String secret, boolean saveIt) {
        address.setText(serverAddress);
        user.setText(userName);
        password.setText(secret);
        save.setSelection(saveIt);
    }

    /** The one-line refusal shown, or null. */
    public String error() {
        return getErrorMessage();
    }

    @Override
    protected void okPressed() {
        String where = address.getText().strip();
        String who = user.getText().strip();
        if (!where.matches(".+:\\d{1,5}") || who.isEmpty()) {
            setErrorMessage(Messages.connectIncomplete);
            return;
        }
        char[] secret = password.getText().toCharArray();
        ServerAccount account = new ServerAccount(where, who, secret);
        Arrays.fill(secret, '\0');
        RuntimeException[] failure = new RuntimeException[1];
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try {
                ConsolePlugin.getDefault().connect(account);
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            setErrorMessage(Quoted.inline(String.valueOf(failure[0].getMessage()), 400));
            return;
        }
        if (save.getSelection()) {
            account.save();
        }
        IPreferenceStore preferences = ConsolePlugin.getDefault().getPreferenceStore();
        preferences.setValue(ConsolePreferences.SERVER, where);
        preferences.setValue(ConsolePreferences.SERVER_USER, who);
        super.okPressed();
    }
}
