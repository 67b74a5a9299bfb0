package org.encompass.core.tests.customization;

import java.nio.file.Path;

/** The scenario on an ext4 file system filling the whole image file ({@code mkfs.ext4 -d}). */
class WholeDiskExt4ScenarioTest extends Ext4Scenario {

    @Override
    Path buildDisk(Path fs) {
        return fs;
    }

    @Override
    long offset() {
        return 0;
    }

    @Override
    String where() {
        return "in the whole disk at offset 0";
    }
}
