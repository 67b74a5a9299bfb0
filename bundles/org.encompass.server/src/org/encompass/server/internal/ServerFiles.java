package org.encompass.server.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.encompass.core.EncompassException;

/**
 * A file a request names (a master's image, a site archive): the server reads it on its own host, with its own
 * rights, so a client names a path there; one the server cannot read is refused in one line before anything starts.
 */
final class ServerFiles {
    private ServerFiles() {
    }

    static Path readable(String name) {
        if (name == null || name.isBlank()) {
            throw new EncompassException("the request names no file");
        }
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new EncompassException("'" + name + "' is not a path on the server's host");
        }
        if (!path.isAbsolute()) {
            throw new EncompassException(name + ": give the file's absolute path on the server's host");
        }
        if (!Files.isRegularFile(path)) {
            throw new EncompassException("the server cannot read " + name + ": no such file on the server's host"
                    + " (the server reads the file: give a path on its host)");
        }
        if (!Files.isReadable(path)) {
            throw new EncompassException("the server cannot read " + name + ": not readable by the server's user ("
                    + System.getProperty("user.name") + ") on its host");
        }
        return path;
    }
}
