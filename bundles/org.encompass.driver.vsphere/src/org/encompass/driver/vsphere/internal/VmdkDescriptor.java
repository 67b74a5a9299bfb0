package org.encompass.driver.vsphere.internal;

/** The text descriptor that makes a raw file on a datastore a vSphere disk (a "flat" extent). */
final class VmdkDescriptor {
    private static final int HEADS = 255;
    private static final int SECTORS_PER_TRACK = 63;

    private VmdkDescriptor() {
    }

    static String flat(String extentFile, long sectors) {
        long cylinders = Math.max(1, sectors / (HEADS * SECTORS_PER_TRACK));
        return """
                # Disk DescriptorFile
                version=1
                encoding="UTF-8"
                CID=fffffffe
                parentCID=ffffffff
                createType="vmfs"

                # Extent description
                RW %d VMFS "%s"

                # The Disk Data Base
                #DDB
                ddb.adapterType = "lsilogic"
                ddb.geometry.cylinders = "%d"
                ddb.geometry.heads = "%d"
                ddb.geometry.sectors = "%d"
                ddb.virtualHWVersion = "8"
                """.formatted(sectors, extentFile, cylinders, HEADS, SECTORS_PER_TRACK);
    }
}
