package org.encompass.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.encompass.core.EncompassException;
import org.encompass.core.EngineOptions;
import org.encompass.core.Orphan;
import org.encompass.core.tests.fake.Faults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images nobody owns are listed and reclaimed; owned images never are. */
class OrphanTest {
    @TempDir
    Path dir;
    EngineFixture f;

    @AfterEach
    void tearDown() {
        Faults.clear();
        if (f != null) {
            f.close();
        }
    }

    @Test
    void aStrayImageIsListedAndReclaimedButOwnedOnesStay() throws Exception {
        f = new EngineFixture(dir, EngineOptions.defaults());
        String clone = f.engine.cloneMaster("web", null, null);
        assertTrue(f.engine.orphans(null).isEmpty(), "master and clone are owned");
        Path stray = Files.createDirectories(dir.resolve("nas/left-behind/etc"));

        List<Orphan> orphans = f.engine.orphans(null);
        assertEquals(1, orphans.size(), orphans.toString());
        assertEquals(stray.getParent().toString(), orphans.get(0).location());
        assertEquals("nas", orphans.get(0).storage());

        String owned = f.read(s -> s.getClones().get(0).getLocation());
        EncompassException notOrphan = assertThrows(EncompassException.class,
                () -> f.engine.reclaimOrphans(List.of(owned), null));
        assertTrue(notOrphan.getMessage().contains("not an orphan"), notOrphan.getMessage());
        assertTrue(Files.exists(stray), "a refused reclaim deletes nothing");

        List<Orphan> reclaimed = f.engine.reclaimOrphans(List.of(), null);
        assertEquals(1, reclaimed.size());
        assertFalse(Files.exists(stray.getParent()));
        assertTrue(Files.isDirectory(Path.of(f.read(s -> s.getClones().get(0).getLocation()))), clone + " kept");
        assertTrue(Files.isDirectory(Path.of(f.read(s -> s.getMasters().get(0).getLocation()))), "master kept");
    }

    @Test
    void aCloneThatCrashedAfterItsCopyLeavesAnOrphanUntilReclaimed() throws Exception {
        f = new EngineFixture(dir, EngineOptions.defaults());
        Faults.next("clone", Faults.Kind.FAIL); // the fake fails after copying: a real leftover, like a driver whose cleanup failed
        assertThrows(EncompassException.class, () -> f.engine.cloneMaster("web", null, null));
        assertEquals(0, (int) f.read(s -> s.getClones().size()), "no clone registered");
        List<Orphan> orphans = f.engine.orphans(null);
        assertEquals(1, orphans.size(), orphans.toString());
        assertTrue(orphans.get(0).location().endsWith("web-01"));
        f.engine.reclaimOrphans(List.of(orphans.get(0).location()), null);
        assertTrue(f.engine.orphans(null).isEmpty());
    }
}
