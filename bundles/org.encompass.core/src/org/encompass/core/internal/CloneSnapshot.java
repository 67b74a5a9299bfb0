package org.encompass.core.internal;

import org.encompass.core.lifecycle.CloneState;
import org.encompass.core.query.States;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.model.Clone;
import org.encompass.model.StorageDevice;

/** A clone's facts as the driver steps need them, copied out of the model. */
public record CloneSnapshot(String name, CloneState state, StorageDeviceSpec device, ImageRef image,
        MachineTarget machine) {

    public static CloneSnapshot of(Clone clone) {
        return new CloneSnapshot(clone.getName(), States.of(clone), device(clone.getStorage()), image(clone),
                clone.getMachine() == null ? null : MachineTarget.of(clone.getMachine()));
    }

    public static StorageDeviceSpec device(StorageDevice device) {
        return device == null ? null : new StorageDeviceSpec(device.getName(), device.getKind(), device.getLocation());
    }

    static ImageRef image(Clone clone) {
        return clone.getLocation() == null ? null
                : new ImageRef(clone.getLocation(), ModelValues.toSpi(clone.getFormat()),
                        clone.getBackingLocation());
    }

    public static final String LOCK_PREFIX = "clone:";

    public String lock() {
        return LOCK_PREFIX + name;
    }
}
