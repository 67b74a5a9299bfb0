package org.encompass.ui.internal;

import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.cdo.CDOObject;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.osgi.util.NLS;
import org.encompass.core.lifecycle.CloneState;
import org.encompass.core.query.CloneCounts;
import org.encompass.core.query.SiteResources;
import org.encompass.model.Clone;
import org.encompass.model.Master;

/**
 * The clone groups' counts a navigator shows under each master: from one query of the repository's database
 * ({@link CloneCounts}; a round trip to the server when connected) for all masters, made again only when the view
 * or its session has seen a commit since the last one: not per row, and without reading the clones, so a site of
 * 50,000 clones shows its groups at once and a group's clones are read only when it is opened.
 */
final class GroupCounts {
    private static final Map<CDOView, GroupCounts> BY_VIEW = new WeakHashMap<>();
    private long viewUpdated = Long.MIN_VALUE;
    private long sessionUpdated = Long.MIN_VALUE;
    private CloneCounts counts;

    private GroupCounts() {
    }

    /** {@code master}'s clone counts per {@link RepositoryContent.Group} (by ordinal). */
    static int[] of(Master master) {
        int[] byGroup = new int[RepositoryContent.Group.values().length];
        CDOView view = ((CDOObject) master).cdoView();
        if (view == null) { // a master no view holds any more: its own clones
            for (Clone clone : master.getClones()) {
                byGroup[RepositoryContent.groupOf(clone).ordinal()]++;
            }
            return byGroup;
        }
        GroupCounts cache;
        synchronized (BY_VIEW) {
            cache = BY_VIEW.computeIfAbsent(view, v -> new GroupCounts());
        }
        for (Map.Entry<CloneState, Integer> state : cache.counts(view).of(master).entrySet()) {
            byGroup[RepositoryContent.groupOf(state.getKey()).ordinal()] += state.getValue();
        }
        return byGroup;
    }

    private synchronized CloneCounts counts(CDOView view) {
        long viewNow = view.getLastUpdateTime();
        long sessionNow = view.getSession().getLastUpdateTime();
        if (counts == null || viewNow != viewUpdated || sessionNow != sessionUpdated) {
            try {
                counts = CloneCounts.query(view);
            } catch (RuntimeException e) {
                // offline (the server went away) or a view being closed: the last counts, else the clones themselves
                ILog.of(GroupCounts.class).warn(NLS.bind(Messages.groupCountsFailed, e.getMessage()));
                if (counts == null) {
                    counts = CloneCounts.walk(SiteResources.site(view));
                }
            }
            viewUpdated = viewNow;
            sessionUpdated = sessionNow;
        }
        return counts;
    }
}
