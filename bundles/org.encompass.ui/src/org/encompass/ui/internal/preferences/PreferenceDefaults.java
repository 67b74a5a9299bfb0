package org.encompass.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.encompass.ui.internal.ConsolePlugin;

/** Registers the preferences' defaults (plugin.xml, org.eclipse.core.runtime.preferences). */
public final class PreferenceDefaults extends AbstractPreferenceInitializer {
    @Override
    public void initializeDefaultPreferences() {
        ConsolePreferences.initializeDefaults(ConsolePlugin.getDefault().getPreferenceStore());
    }
}
