package org.encompass.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.encompass.core.spi.ImageRef;

/**
 * The sources a cascading clone run may copy from: the master first, then every clone of the run as
 * soon as it is complete. Clones join only after their copy finished and before anything customizes
 * them, so every source holds exactly the master's bytes.
 */
public final class SourcePool {
    /** One image that can be read: the master (cloneName == null) or a finished clone of this run. */
    public record Source(String cloneName, ImageRef image) {
        public String describe(String master) {
            return cloneName == null ? "master " + master : "clone " + cloneName;
        }
    }

    private final List<Source> sources = new ArrayList<>();

    public SourcePool(ImageRef master) {
        sources.add(new Source(null, master));
    }

    public synchronized void add(String clone, ImageRef image) {
        sources.add(new Source(clone, image));
    }

    /** Newest first: fresh copies have the fewest readers and keep the master free for the rest. */
    public synchronized List<Source> candidates() {
        List<Source> newestFirst = new ArrayList<>(sources);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }
}
