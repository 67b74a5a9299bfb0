package org.encompass.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.cdo.view.CDOView;
import org.encompass.core.ImportRequest;
import org.encompass.core.lifecycle.CloneState;
import org.encompass.core.query.CloneCounts;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.SiteResources;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.ImageFormat;
import org.encompass.model.Clone;
import org.encompass.model.Master;
import org.encompass.model.Metastate;
import org.encompass.model.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clone counts a console shows, from one SQL query in the repository's store (real CDO on Derby): the same as
 * reading every clone, per master and state, after clones changed state several times (older revisions in the
 * table) and one was destroyed; and a group's clones, read by their ids from the same table, in the master's order.
 */
class CloneCountsTest {
    @TempDir
    Path dir;

    @Test
    void theQueryCountsWhatReadingEveryCloneCounts() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.engine.importMaster(ImportRequest.of("db", dir.resolve("web-image"), ImageFormat.RAW, "nas"), null);
            String running = f.engine.cloneMaster("web", CloneMethod.SPARSE, null);
            String destroyed = f.engine.cloneMaster("web", CloneMethod.SPARSE, null);
            f.engine.cloneMaster("web", CloneMethod.SPARSE, null);
            f.engine.cloneMaster("db", CloneMethod.SPARSE, null);
            f.engine.assign(running, "lab/vm-01", null);
            f.engine.attach(running, null);
            f.engine.activate(running, null);
            f.engine.destroy(destroyed, null);

            CDOView view = f.session.openView();
            try {
                Site site = SiteResources.site(view);
                CloneCounts queried = CloneCounts.query(view);
                CloneCounts walked = CloneCounts.walk(site);
                for (String master : new String[] { "web", "db" }) {
                    assertEquals(walked.of(SiteLookup.master(site, master)), queried.of(SiteLookup.master(site, master)), master);
                }
                Map<CloneState, Integer> web = queried.of(SiteLookup.master(site, "web"));
                assertEquals(1, web.get(CloneState.NEW));
                assertEquals(1, web.get(CloneState.parse("OPERATIONAL/ACTIVE")));
                assertEquals(3, web.values().stream().mapToInt(Integer::intValue).sum());
                assertEquals(1, web.keySet().stream().filter(CloneState::isTerminal).count());
                assertEquals(Map.of(CloneState.NEW, 1), queried.of(SiteLookup.master(site, "db")));

                Master webMaster = SiteLookup.master(site, "web");
                assertEquals(List.of(destroyed), names(CloneCounts.clones(view, webMaster, CloneState::isTerminal)));
                assertEquals(List.of(running), names(CloneCounts.clones(view, webMaster,
                        state -> state.metastate() == Metastate.OPERATIONAL && !state.isTerminal())));
                assertEquals(names(webMaster.getClones()), names(CloneCounts.clones(view, webMaster, state -> true)));
            } finally {
                view.close();
            }
        }
    }

    private static List<String> names(List<Clone> clones) {
        return clones.stream().map(Clone::getName).toList();
    }
}
