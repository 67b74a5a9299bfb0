package org.encompass.core.exchange;

import java.util.List;
import java.util.Map;

/**
 * What a site archive holds (paper, section 3: export/import): the chosen masters, and a snapshot of
 * the exporting site's bookkeeping (hosts, machines, storage devices, clones) for the record; an import
 * brings in the masters only, because the branch site has machines and storage of its own.
 *
 * @param snapshot one map of attributes per record, each with a {@code kind}: host, machine, storage or clone
 */
public record ArchiveManifest(int format, String site, String created, String createdBy, List<ArchivedMaster> masters,
        List<Map<String, String>> snapshot) {

    /** The manifest's entry in the archive (a zip file). */
    public static final String ENTRY = "encompass-archive.xml";
    /** The archive format this version writes and reads. */
    public static final int FORMAT = 1;

    public ArchiveManifest {
        masters = List.copyOf(masters);
        snapshot = List.copyOf(snapshot);
    }

    /** How many snapshot records of a kind the archive holds. */
    public long count(String kind) {
        return snapshot.stream().filter(r -> kind.equals(r.get("kind"))).count();
    }
}
