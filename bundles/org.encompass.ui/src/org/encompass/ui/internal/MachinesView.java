package org.encompass.ui.internal;

import org.eclipse.swt.widgets.Composite;

/** The Machines navigator: hosts with their virtual machines, chassis with their blades, and the clone each holds. */
public final class MachinesView extends NavigatorView {
    public static final String ID = "org.encompass.ui.machinesView";

    @Override
    protected RepositoryTree createTree(Composite parent, ConsoleSession session) {
        return new RepositoryTree(parent, session.view(), new MachinesContent(), 2);
    }
}
