package org.encompass.core.lifecycle;

import java.util.Locale;

/** The operations of docs/lifecycle.md, plus the bookkeeping operations the engine journals. */
public enum Operation {
    CLONE, ASSIGN, UNASSIGN, ATTACH, DETACH, ACTIVATE, DEACTIVATE, RECONFIGURE, CAPTURE, DESTROY,
    CUSTOMIZE_APPLY, CUSTOMIZE_ROLLBACK, IMPORT_MASTER, DELETE_MASTER, ADD_STORAGE, ADD_HOST, REFRESH_HOST,
    /** A blade chassis registered (its blades recorded from their controllers) or removed. */
    ADD_CHASSIS, REMOVE_CHASSIS,
    SET_VARIABLES,
    /** Discovery of the site's hosts and storage, merged into the model by reconciliation. */
    DISCOVER,
    /** A change that happened outside Encompass (a machine stopped with the hypervisor's tools), recorded. */
    OBSERVE,
    RESOLVE_CONFLICT,
    /** After a restart: a write-behind clone whose copy may not have reached the disk, checked against its master. */
    VERIFY,
    /** A machine given another image (paper, section 3): its clone to standby (or destroyed), another deployed. */
    REASSIGN,
    /** An archive's exported clones deployed again onto this site's machines (archive import --replicate). */
    REPLICATE,
    /** The steps of a service update (paper, section 3), each wrapping the lifecycle operations it runs. */
    UPDATE_START, UPDATE_APPLY, UPDATE_CAPTURE, UPDATE_ROLLOUT, UPDATE_ROLLBACK, UPDATE_FINISH,
    /**
     * A client's request to the repository server, journaled (RUNNING) before the server answers it accepted and
     * ended with it, so that a server stopped meanwhile shows it INTERRUPTED; its operations have entries of their own.
     */
    REQUEST;

    /** The name an operator types and reads: {@code attach}, {@code customize-apply}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Operation fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
