package org.encompass.driver.vsphere.internal;

import org.encompass.core.spi.DriverException;

/**
 * A file on a datastore as vSphere names it: {@code [datastore] directory/file.vmdk}.
 *
 * @param datastore the datastore's name
 * @param path      the path inside the datastore, without a leading slash
 */
record DatastorePath(String datastore, String path) {

    static DatastorePath parse(String text) throws DriverException {
        String trimmed = text == null ? "" : text.trim();
        int close = trimmed.indexOf(']');
        if (!trimmed.startsWith("[") || close < 2) {
            throw new DriverException("Not a datastore path: " + text + " (expected [datastore] directory/file.vmdk).");
        }
        return new DatastorePath(trimmed.substring(1, close), trimmed.substring(close + 1).trim());
    }

    static DatastorePath of(String datastore, String path) {
        return new DatastorePath(datastore, path);
    }

    /** The directory part of the path ("" for the datastore's root). */
    String directory() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The file name without directory and extension. */
    String baseName() {
        String file = path.substring(path.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }

    DatastorePath parent() {
        return new DatastorePath(datastore, directory());
    }

    @Override
    public String toString() {
        return "[" + datastore + "] " + path;
    }
}
