package org.encompass.core.drivers;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.encompass.core.spi.DriverException;

/**
 * One driver contribution read from an extension point. Its attributes can be listed without
 * activating the contributing bundle; the driver object is created on first use.
 */
public final class DriverDescriptor<T> {
    private final IConfigurationElement element;
    private final Class<T> type;
    private volatile T instance;

    DriverDescriptor(IConfigurationElement element, Class<T> type) {
        this.element = element;
        this.type = type;
    }

    public String id() {
        return element.getAttribute("id");
    }

    public String kind() {
        return element.getAttribute("kind");
    }

    public String name() {
        return element.getAttribute("name");
    }

    public String contributor() {
        return element.getContributor().getName();
    }

    /** A comma-separated attribute as a list, empty when absent. */
    public List<String> listAttribute(String attribute) {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The driver, created on first call. */
    public T driver() throws DriverException {
        T result = instance;
        if (result == null) {
            synchronized (this) {
                result = instance;
                if (result == null) {
                    result = instance = create();
                }
            }
        }
        return result;
    }

    private T create() throws DriverException {
        try {
            Object created = element.createExecutableExtension("class");
            if (!type.isInstance(created)) {
                throw new DriverException(NLSMessages.bind(NLSMessages.driverWrongType, id(), type.getName()));
            }
            return type.cast(created);
        } catch (CoreException e) {
            throw new DriverException(NLSMessages.bind(NLSMessages.driverCannotStart, id(), e.getMessage()), e);
        }
    }
}
