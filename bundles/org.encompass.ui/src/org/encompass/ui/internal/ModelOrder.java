package org.encompass.ui.internal;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

/**
 * The navigators' sorter (plugin.xml, {@code commonSorter}): keeps the content providers' order (folders
 * as declared, masters, clones and machines as the model lists them) instead of CNF's sorting by label.
 */
public final class ModelOrder extends ViewerComparator {
    @Override
    public int compare(Viewer viewer, Object e1, Object e2) {
        return 0; // the sort is stable: equal elements keep their order
    }
}
