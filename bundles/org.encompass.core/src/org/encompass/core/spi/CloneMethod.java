package org.encompass.core.spi;

/** How a storage driver turns a master image into a clone image (paper, section 2.3). */
public enum CloneMethod {
    /** Byte-for-byte copy that reads and writes every block, holes included. */
    FULL,
    /** Copy that skips holes, so a sparse master gives a sparse clone. */
    SPARSE,
    /** Copy-on-write overlay (qcow2) whose backing file is the master. */
    COW,
    /** File-system reflink: shares blocks until written (XFS, btrfs). */
    REFLINK,
    /** Storage-native copy done by the storage controller or pool. */
    VOLUME_COPY
}
