package org.encompass.ui.internal.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.Messages;

/** Window > Preferences > Encompass > Server: the last server and user, and whether to connect at start. */
public final class ServerPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
    public static final String ID = "org.encompass.ui.preferences.server";

    public ServerPreferencePage() {
        super(GRID);
        setDescription(Messages.preferencesServerDescription);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(ConsolePlugin.getDefault().getPreferenceStore());
    }

    @Override
    protected void createFieldEditors() {
        addField(new StringFieldEditor(ConsolePreferences.SERVER, Messages.preferencesServer, getFieldEditorParent()));
        addField(new StringFieldEditor(ConsolePreferences.SERVER_USER, Messages.preferencesServerUser, getFieldEditorParent()));
        addField(new BooleanFieldEditor(ConsolePreferences.CONNECT_AT_START, Messages.preferencesConnectAtStart,
                getFieldEditorParent()));
    }
}
