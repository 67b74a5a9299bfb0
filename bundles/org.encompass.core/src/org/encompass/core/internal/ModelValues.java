package org.encompass.core.internal;

import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.PowerState;

/**
 * The SPI's value types and the model's enums of the same names (the model stores what drivers report),
 * converted in one place; null stays null.
 */
final class ModelValues {
    private ModelValues() {
    }

    static org.encompass.model.ImageFormat toModel(ImageFormat format) {
        return format == null ? null : org.encompass.model.ImageFormat.get(format.name());
    }

    static org.encompass.model.CloneMethod toModel(CloneMethod method) {
        return method == null ? null : org.encompass.model.CloneMethod.get(method.name());
    }

    static org.encompass.model.PowerState toModel(PowerState power) {
        return power == null ? null : org.encompass.model.PowerState.get(power.name());
    }

    static ImageFormat toSpi(org.encompass.model.ImageFormat format) {
        return format == null ? null : ImageFormat.valueOf(format.getName());
    }

    static CloneMethod toSpi(org.encompass.model.CloneMethod method) {
        return method == null ? null : CloneMethod.valueOf(method.getName());
    }
}
