package org.encompass.core.tests.customization;

import java.nio.file.Path;

/** The scenario on an ext4 file system in the first partition of an MBR-partitioned disk image. */
class MbrPartitionExt4ScenarioTest extends Ext4Scenario {

    @Override
    Path buildDisk(Path fs) throws Exception {
        return TestImages.mbrDisk(fs, temp.resolve("disk.img"));
    }

    @Override
    long offset() {
        return TestImages.PARTITION_START;
    }

    @Override
    String where() {
        return "in MBR partition 1 at offset 1048576";
    }
}
