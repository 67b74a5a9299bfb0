package org.encompass.ui.internal.preferences;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.encompass.core.spi.CloneMethod;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.Messages;

/** Window > Preferences > Encompass: repository location, TCP sharing, default clone method, limits. */
public final class ConsolePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
    public static final String ID = "org.encompass.ui.preferences";

    public ConsolePreferencePage() {
        super(GRID);
        setDescription(Messages.preferencesDescription);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(ConsolePlugin.getDefault().getPreferenceStore());
    }

    @Override
    protected void createFieldEditors() {
        addField(new DirectoryFieldEditor(ConsolePreferences.REPOSITORY, Messages.preferencesRepository, getFieldEditorParent()));
        IntegerFieldEditor port = new IntegerFieldEditor(ConsolePreferences.TCP_PORT, Messages.preferencesTcpPort, getFieldEditorParent());
        port.setValidRange(-1, 65535);
        addField(port);
        CloneMethod[] methods = CloneMethod.values();
        String[][] entries = new String[methods.length + 1][];
        entries[0] = new String[] { Messages.deployMethodDefault, ConsolePreferences.DEVICE_DEFAULT };
        for (int i = 0; i < methods.length; i++) {
            entries[i + 1] = new String[] { methods[i].name(), methods[i].name() };
        }
        addField(new ComboFieldEditor(ConsolePreferences.CLONE_METHOD, Messages.preferencesCloneMethod, entries, getFieldEditorParent()));
        addField(limit(ConsolePreferences.MAX_PARALLEL, Messages.preferencesMaxParallel));
        addField(limit(ConsolePreferences.CLONES_PER_DEVICE, Messages.preferencesClonesPerDevice));
        addField(limit(ConsolePreferences.CLONES_PER_SOURCE, Messages.preferencesClonesPerSource));
        addField(limit(ConsolePreferences.WRITE_BEHIND_COPIES, Messages.preferencesWriteBehindCopies));
    }

    private IntegerFieldEditor limit(String key, String label) {
        IntegerFieldEditor editor = new IntegerFieldEditor(key, label, getFieldEditorParent());
        editor.setValidRange(1, 256);
        return editor;
    }
}
