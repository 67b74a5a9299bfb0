package org.encompass.ui.internal;

/** The Machines navigator: hosts with their virtual machines, chassis with their blades, and the clone each holds. */
public final class MachinesView extends NavigatorView {
    public static final String ID = "org.encompass.ui.machinesView";

    @Override
    protected int initialLevels(ConsoleSession session) {
        return 2;
    }
}
