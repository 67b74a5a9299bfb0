package org.encompass.core.query;

import java.util.List;
import java.util.stream.Collectors;

import org.encompass.core.EncompassException;
import org.encompass.core.Quoted;
import org.encompass.model.ServiceUpdate;
import org.encompass.model.Site;
import org.encompass.model.UpdatePhase;

/** Finds a site's service updates by name, or the one running when none is named. */
public final class ServiceUpdateLookup {

    private ServiceUpdateLookup() {
    }

    /** Updates not yet finished. */
    public static boolean running(ServiceUpdate update) {
        return update.getPhase() != UpdatePhase.FINISHED;
    }

    /** The update named {@code name}, or the only running one when {@code name} is null. */
    public static ServiceUpdate find(Site site, String name) {
        if (name != null) {
            return site.getUpdates().stream().filter(u -> name.equals(u.getName())).findFirst()
                    .orElseThrow(() -> new EncompassException("unknown service update " + Quoted.of(name)
                            + " (known: " + (site.getUpdates().isEmpty() ? "none"
                                    : site.getUpdates().stream().map(ServiceUpdate::getName).collect(Collectors.joining(", ")))
                            + ")"));
        }
        List<ServiceUpdate> open = site.getUpdates().stream().filter(ServiceUpdateLookup::running).toList();
        if (open.isEmpty()) {
            throw new EncompassException("no service update is running; start one with encompass update start MASTER --on MACHINE");
        }
        if (open.size() > 1) {
            throw new EncompassException("several service updates are running ("
                    + open.stream().map(ServiceUpdate::getName).collect(Collectors.joining(", ")) + "); name one with --update");
        }
        return open.get(0);
    }
}
