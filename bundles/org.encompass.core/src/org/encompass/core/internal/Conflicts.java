package org.encompass.core.internal;

import java.util.Date;
import java.util.Objects;

import org.encompass.core.EncompassException;
import org.encompass.model.Conflict;
import org.encompass.model.ModelFactory;
import org.encompass.model.Site;

/**
 * The site's conflict list. A contradiction is recorded once: while an equal one (same kind, subject
 * and discovered value) is open, or was resolved by keeping the model, discovery does not record it
 * again, so an operator who said "keep the model" is not asked again about the same finding.
 */
public final class Conflicts {
    public static final String MAC_MISMATCH = "mac-mismatch";
    public static final String UUID_MISMATCH = "uuid-mismatch";
    public static final String DISK_MISMATCH = "disk-mismatch";
    public static final String ACCEPT_DISCOVERED = "accept-discovered";
    public static final String KEEP_MODEL = "keep-model";

    private Conflicts() {
    }

    /** Records the contradiction unless it is known; returns whether it is new. */
    public static boolean record(Site site, String kind, String subject, String detail, String modelValue,
            String discoveredValue, String discoveredBy) {
        for (Conflict known : site.getConflicts()) {
            if (known.getKind().equals(kind) && known.getSubject().equals(subject)
                    && Objects.equals(known.getDiscoveredValue(), discoveredValue)
                    && (!known.isResolved() || KEEP_MODEL.equals(known.getResolution()))) {
                return false;
            }
        }
        Conflict conflict = ModelFactory.eINSTANCE.createConflict();
        long id = site.getNextConflictId() + 1;
        site.setNextConflictId(id);
        conflict.setId(id);
        conflict.setKind(kind);
        conflict.setSubject(subject);
        conflict.setDetail(detail);
        conflict.setModelValue(modelValue);
        conflict.setDiscoveredValue(discoveredValue);
        conflict.setDiscoveredBy(discoveredBy);
        conflict.setDetected(new Date());
        site.getConflicts().add(conflict);
        return true;
    }

    public static Conflict find(Site site, long id) {
        return site.getConflicts().stream().filter(c -> c.getId() == id).findFirst()
                .orElseThrow(() -> new EncompassException("no conflict #" + id + " (encompass conflicts lists them)"));
    }

    public static long open(Site site) {
        return site.getConflicts().stream().filter(c -> !c.isResolved()).count();
    }
}
