package org.encompass.ui.tests;

import static org.encompass.ui.tests.ConsoleFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;

import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.preferences.ConsolePreferencePage;
import org.encompass.ui.internal.preferences.ConsolePreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Encompass preference page and what its values feed: the engine's and the repository's options. */
@ExtendWith(ConsoleFixture.class)
class ConsolePreferencesTest {
    @TempDir
    static Path dir;


    @Test
    void preferencesAreAPageAndFeedTheEngineAndRepositoryOptions() {
        assertNotNull(UiThread.sync(() -> workbench.getPreferenceManager().find(ConsolePreferencePage.ID)), "the Encompass preference page");
        var defaults = ConsolePlugin.getDefault().getPreferenceStore();
        assertEquals(org.encompass.core.EngineOptions.defaults().maxParallel(), defaults.getInt(ConsolePreferences.MAX_PARALLEL));
        assertNull(ConsolePreferences.cloneMethod(defaults), "the storage device's default");

        var store = new org.eclipse.jface.preference.PreferenceStore();
        ConsolePreferences.initializeDefaults(store);
        store.setValue(ConsolePreferences.MAX_PARALLEL, 3);
        store.setValue(ConsolePreferences.CLONES_PER_DEVICE, 2);
        store.setValue(ConsolePreferences.CLONES_PER_SOURCE, 1);
        store.setValue(ConsolePreferences.WRITE_BEHIND_COPIES, 5);
        store.setValue(ConsolePreferences.CLONE_METHOD, "FULL");
        store.setValue(ConsolePreferences.REPOSITORY, dir.resolve("elsewhere").toString());
        store.setValue(ConsolePreferences.TCP_PORT, 0);
        var engineOptions = ConsolePreferences.engineOptions(store);
        assertEquals(List.of(3, 2, 1, 5), List.of(engineOptions.maxParallel(), engineOptions.clonesPerDevice(),
                engineOptions.clonesPerSource(), engineOptions.writeBehindCopies()));
        assertEquals(org.encompass.core.spi.CloneMethod.FULL, ConsolePreferences.cloneMethod(store));
        var repositoryOptions = ConsolePreferences.repositoryOptions(store);
        assertEquals(TestWorkbench.home().resolve("data"), repositoryOptions.dataDirectory(), "-Dencompass.data (set by this test) wins over the preference");
        assertEquals(0, repositoryOptions.tcpPort());
    }
}
