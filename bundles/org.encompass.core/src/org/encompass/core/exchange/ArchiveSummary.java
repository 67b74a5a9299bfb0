package org.encompass.core.exchange;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote or an import did: the archive, the masters it carried over, those an import
 * skipped because the site holds them already (same name and bytes), and the bytes of image data.
 */
public record ArchiveSummary(Path archive, List<String> masters, List<String> skipped, long imageBytes) {
    public ArchiveSummary {
        masters = List.copyOf(masters);
        skipped = List.copyOf(skipped);
    }
}
