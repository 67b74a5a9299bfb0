package org.encompass.core.internal;

import org.encompass.core.spi.BladeDriver;
import org.encompass.model.Blade;
import org.encompass.model.Machine;

/** A blade's record of the iSCSI LUN it boots from: set when a clone is attached to it, cleared when none is. */
final class BladeBoots {
    private BladeBoots() {
    }

    /** Records where the blade's boot volume is served, and that it boots from the network (what mapping set). */
    static void record(Machine machine, BladeDriver.BootVolume volume) {
        if (machine instanceof Blade blade && volume != null) {
            blade.setBootTarget(volume.target());
            blade.setBootLun(volume.lun());
            blade.setBootPortal(volume.portal());
            blade.setBootDevice(BladeDriver.BootDevice.NETWORK.name());
        }
    }

    /** Forgets the LUN (its target was removed); the boot device stays what the controller was last told. */
    static void clear(Machine machine) {
        if (machine instanceof Blade blade) {
            blade.setBootTarget(null);
            blade.setBootLun(0);
            blade.setBootPortal(null);
        }
    }
}
