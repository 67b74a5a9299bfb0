package org.encompass.core.query;

import org.eclipse.emf.cdo.view.CDOView;
import org.encompass.model.Site;

/** Where the site and its journal live in the repository, for readers that open their own CDO view. */
public final class SiteResources {
    /** The resource holding the site. */
    public static final String SITE = "/encompass/site";
    /** The folder of the journal's books (see {@link JournalEntries}). */
    public static final String JOURNAL = "/encompass/journal";

    private SiteResources() {
    }

    /** The site as {@code view} sees it, or null when the repository holds none yet. */
    public static Site site(CDOView view) {
        if (!view.hasResource(SITE)) {
            return null;
        }
        return (Site) view.getResource(SITE).getContents().get(0);
    }
}
