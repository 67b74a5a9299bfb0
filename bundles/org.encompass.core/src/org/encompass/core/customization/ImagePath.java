package org.encompass.core.customization;

import org.encompass.core.Quoted;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A file path inside an image, checked and normalized: image-absolute ({@code /etc/hostname}; a relative
 * path is taken from the image root), no {@code ..} segment, no NUL, at least one name. {@code .} segments
 * and repeated slashes are dropped. This keeps every implementation of {@link ImageFiles} inside the image
 * before it looks at the medium at all.
 */
record ImagePath(List<String> segments) {

    static ImagePath parse(String path) throws IOException {
        if (path == null || path.isBlank()) {
            throw new IOException("refused an empty path");
        }
        if (path.indexOf('\0') >= 0) {
            throw new IOException("refused path '" + Quoted.escaped(path) + "': it contains a NUL character");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                throw new IOException("refused path '" + Quoted.escaped(path) + "': '..' could leave the image");
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        if (segments.isEmpty()) {
            throw new IOException("refused path '" + Quoted.escaped(path) + "': it names the image root, not a file");
        }
        return new ImagePath(List.copyOf(segments));
    }

    /** The directories leading to the file, outermost first. */
    List<String> parentSegments() {
        return segments.subList(0, segments.size() - 1);
    }

    String name() {
        return segments.get(segments.size() - 1);
    }

    /** Image-absolute path of the parent directory ({@code /} for a file in the root). */
    String parent() {
        return "/" + String.join("/", parentSegments());
    }

    /** Image-absolute paths of every component: {@code /etc}, {@code /etc/hostname}. */
    List<String> prefixes() {
        List<String> prefixes = new ArrayList<>();
        for (int i = 1; i <= segments.size(); i++) {
            prefixes.add("/" + String.join("/", segments.subList(0, i)));
        }
        return prefixes;
    }

    @Override
    public String toString() {
        return "/" + String.join("/", segments);
    }
}
