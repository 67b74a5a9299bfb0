package org.encompass.server.internal;

import java.util.Set;

import org.eclipse.emf.cdo.server.IRepository;
import org.eclipse.emf.cdo.server.IStoreAccessor.CommitContext;
import org.eclipse.emf.cdo.server.ITransaction;
import org.eclipse.emf.cdo.spi.common.revision.InternalCDORevision;
import org.eclipse.net4j.util.om.monitor.OMMonitor;
import org.encompass.server.Role;

/**
 * The roles, enforced on every commit by CDO itself, whatever the client: the server engine's own session (the
 * only one without a user) commits anything; a viewer commits nothing at all; an operator commits no storage
 * device, host or chassis object (those are an administrator's); an administrator commits anything. A refused
 * commit reaches the client as a commit exception with this message, and nothing of it is stored.
 */
final class RoleWriteAccess implements IRepository.WriteAccessHandler {
    /** Classes of the model only an administrator changes (their subclasses too). */
    private static final Set<String> ADMINISTRATIVE = Set.of("StorageDevice", "HypervisorHost", "Chassis", "Volume");

    private final UserFile users;

    RoleWriteAccess(UserFile users) {
        this.users = users;
    }

    @Override
    public void handleTransactionBeforeCommitting(ITransaction transaction, CommitContext commit, OMMonitor monitor) {
        String user = transaction.getSession().getUserID();
        if (user == null) {
            return; // the server engine
        }
        UserFile.User known = users.find(user);
        Role role = known == null ? null : known.role();
        if (role == null || role == Role.VIEWER) {
            throw new SecurityException("permission denied: " + user + " is a viewer and may change nothing");
        }
        for (InternalCDORevision revision : commit.getNewObjects()) {
            checkJournalNames(revision, user);
        }
        if (role == Role.ADMINISTRATOR) {
            return;
        }
        for (InternalCDORevision[] revisions : new InternalCDORevision[][] { commit.getNewObjects(), commit.getDirtyObjects() }) {
            for (InternalCDORevision revision : revisions) {
                if (ADMINISTRATIVE.contains(revision.getEClass().getName())) {
                    throw new SecurityException("permission denied: " + user + " is an operator; changing "
                            + revision.getEClass().getName() + " objects needs an administrator");
                }
            }
        }
    }

    /** A journal entry a client writes itself names that client's authenticated user, no other. */
    private static void checkJournalNames(InternalCDORevision revision, String user) {
        if ("JournalEntry".equals(revision.getEClass().getName())) {
            Object named = revision.getValue(revision.getEClass().getEStructuralFeature("user"));
            if (!user.equals(named)) {
                throw new SecurityException("permission denied: a journal entry of " + user + "'s session names '" + named + "'");
            }
        }
    }

    @Override
    public void handleTransactionAfterCommitted(ITransaction transaction, CommitContext commit, OMMonitor monitor) {
        // nothing to do after a commit
    }
}
