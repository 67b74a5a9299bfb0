package org.encompass.core.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.emf.cdo.CDOObject;
import org.eclipse.emf.cdo.common.id.CDOID;
import org.eclipse.emf.cdo.common.id.CDOIDUtil;
import org.eclipse.emf.cdo.common.revision.CDORevision;
import org.eclipse.emf.cdo.common.revision.CDORevisionManager;
import org.eclipse.emf.cdo.view.CDOQuery;
import org.eclipse.emf.cdo.view.CDOView;
import org.encompass.core.lifecycle.CloneState;
import org.encompass.model.Clone;
import org.encompass.model.Master;
import org.encompass.model.Metastate;
import org.encompass.model.Placement;
import org.encompass.model.Site;
import org.encompass.model.TerminalState;

/**
 * How many clones each master has in each state, counted by the repository's database in one CDO query (one round
 * trip to the repository server when connected to one) instead of by reading every clone: a console shows a
 * master's clone groups and their counts without loading the site's 50,000 clones. The query reads the table CDO
 * keeps the clones in as the repository maps them (org.encompass.persistence: a table per class with qualified
 * names, audited): a live clone's current revision is its row with {@code CDO_REVISED = 0} and a positive
 * {@code CDO_VERSION}. It counts what is committed, which a view shows once the commit's invalidation reached it.
 */
public final class CloneCounts {
    static final String QUERY = "SELECT MASTER, METASTATE, PLACEMENT, TERMINALSTATE, COUNT(*) FROM MODEL_CLONE"
            + " WHERE CDO_REVISED = 0 AND CDO_VERSION > 0 GROUP BY MASTER, METASTATE, PLACEMENT, TERMINALSTATE";

    /** Revisions read per round trip when a group's clones are read (as many as the console view prefetches). */
    private static final int PAGE = 1000;

    /** Per master (its CDO id), the count of each state its clones are in. */
    private final Map<CDOID, Map<CloneState, Integer>> byMaster;

    private CloneCounts(Map<CDOID, Map<CloneState, Integer>> byMaster) {
        this.byMaster = byMaster;
    }

    /** The counts as the repository's database holds them now (one SQL query in the repository's store). */
    public static CloneCounts query(CDOView view) {
        CDOQuery query = view.createQuery("sql", QUERY);
        query.setParameter("cdoObjectQuery", false);
        Map<CDOID, Map<CloneState, Integer>> counts = new HashMap<>();
        List<Object> rows = query.getResult();
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            if (row[0] == null) {
                continue; // a clone without a master (none are made so)
            }
            CloneState state = state(row, 1);
            counts.computeIfAbsent(CDOIDUtil.createLong(((Number) row[0]).longValue()), id -> new HashMap<>())
                    .merge(state, number(row[4]), Integer::sum);
        }
        return new CloneCounts(counts);
    }

    /**
     * {@code master}'s clones whose state {@code which} accepts (a navigator's group, opened), in the order they were
     * made: which they are from one query of the store, then only those clones read, in pages of
     * {@value #PAGE} revisions per round trip, instead of every clone of the master to learn its state.
     */
    public static List<Clone> clones(CDOView view, Master master, Predicate<CloneState> which) {
        CDOQuery query = view.createQuery("sql", "SELECT CDO_ID, METASTATE, PLACEMENT, TERMINALSTATE FROM MODEL_CLONE"
                + " WHERE CDO_REVISED = 0 AND CDO_VERSION > 0 AND MASTER = " + CDOIDUtil.getLong(id(master)) + " ORDER BY CDO_ID");
        query.setParameter("cdoObjectQuery", false);
        List<CDOID> ids = new ArrayList<>();
        for (Object result : query.getResult()) {
            Object[] row = (Object[]) result;
            if (which.test(state(row, 1))) {
                ids.add(CDOIDUtil.createLong(((Number) row[0]).longValue()));
            }
        }
        CDORevisionManager revisions = view.getSession().getRevisionManager();
        for (int from = 0; from < ids.size(); from += PAGE) {
            revisions.getRevisions(ids.subList(from, Math.min(ids.size(), from + PAGE)), view, CDORevision.UNCHUNKED,
                    CDORevision.DEPTH_NONE, true);
        }
        List<Clone> clones = new ArrayList<>(ids.size());
        for (CDOID id : ids) {
            clones.add((Clone) view.getObject(id));
        }
        return clones;
    }

    /** The same counts from the clones themselves, reading each one (what {@link #query} spares). */
    public static CloneCounts walk(Site site) {
        Map<CDOID, Map<CloneState, Integer>> counts = new HashMap<>();
        for (Clone clone : site.getClones()) {
            if (clone.getMaster() != null) {
                counts.computeIfAbsent(id(clone.getMaster()), id -> new HashMap<>()).merge(States.of(clone), 1, Integer::sum);
            }
        }
        return new CloneCounts(counts);
    }

    /** How many of {@code master}'s clones are in each state (states without clones left out). */
    public Map<CloneState, Integer> of(Master master) {
        return byMaster.getOrDefault(id(master), Map.of());
    }

    private static CDOID id(Master master) {
        return ((CDOObject) master).cdoID();
    }

    /** The state in {@code row}'s columns METASTATE, PLACEMENT, TERMINALSTATE from {@code first} on. */
    private static CloneState state(Object[] row, int first) {
        return new CloneState(Metastate.get(number(row[first])), Placement.get(number(row[first + 1])),
                TerminalState.get(number(row[first + 2])));
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
