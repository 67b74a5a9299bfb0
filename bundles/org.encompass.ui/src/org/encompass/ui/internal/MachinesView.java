package org.encompass.ui.internal;

import org.encompass.model.Site;

/** The Machines navigator: hosts with their virtual machines, chassis with their blades, and the clone each holds. */
public final class MachinesView extends NavigatorView {
    public static final String ID = "org.encompass.ui.machinesView";

    /**
     * A small site opens down to its machines; a big one only to its hosts (a host of 5,000 machines is read when it
     * is opened). The machines are counted from the hosts' and chassis' lists, without reading a machine.
     */
    @Override
    protected int initialLevels(ConsoleSession session) {
        Site site = session.site();
        if (site == null) {
            return 2;
        }
        int machines = site.getHosts().stream().mapToInt(h -> h.getMachines().size()).sum()
                + site.getChassis().stream().mapToInt(c -> c.getBlades().size()).sum();
        return machines <= SMALL_SITE ? 2 : 1;
    }
}
