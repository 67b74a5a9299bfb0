package org.encompass.core.drivers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.RegistryFactory;
import org.encompass.core.spi.DriverException;

/**
 * Reads one driver extension point into descriptors keyed by kind, and reads it again when bundles
 * that contribute to it come or go. A contribution without a kind, or with a kind already taken, is
 * skipped: the first one read wins, and each skip is logged with the contributing bundle.
 */
public class DriverRegistry<T> implements IRegistryEventListener {
    private static final String NAMESPACE = "org.encompass.core";

    private final String pointId;
    private final String elementName;
    private final Class<T> type;
    private volatile Map<String, DriverDescriptor<T>> byKind;

    DriverRegistry(String pointId, String elementName, Class<T> type) {
        this.pointId = pointId;
        this.elementName = elementName;
        this.type = type;
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry != null) {
            registry.addListener(this, NAMESPACE + '.' + pointId);
        }
    }

    /** Every contribution, in the order the registry lists them. */
    public List<DriverDescriptor<T>> descriptors() {
        return List.copyOf(read().values());
    }

    public Optional<DriverDescriptor<T>> descriptor(String kind) {
        return Optional.ofNullable(read().get(kind));
    }

    /** The driver for {@code kind}, or a clear error listing the kinds that are installed. */
    public T driver(String kind) throws DriverException {
        DriverDescriptor<T> descriptor = read().get(kind);
        if (descriptor == null) {
            throw new DriverException(NLSMessages.bind(NLSMessages.noDriverForKind,
                    new Object[] { elementName, kind, String.join(", ", read().keySet()) }));
        }
        return descriptor.driver();
    }

    private Map<String, DriverDescriptor<T>> read() {
        Map<String, DriverDescriptor<T>> result = byKind;
        if (result == null) {
            result = new LinkedHashMap<>();
            List<String> skips = new ArrayList<>();
            IExtensionRegistry registry = RegistryFactory.getRegistry();
            IExtensionPoint point = registry == null ? null : registry.getExtensionPoint(NAMESPACE, pointId);
            if (point != null) {
                for (IConfigurationElement element : point.getConfigurationElements()) {
                    if (elementName.equals(element.getName())) {
                        add(element, result, skips);
                    }
                }
            }
            byKind = result;
            skips.forEach(message -> ILog.of(DriverRegistry.class).warn(message));
        }
        return result;
    }

    private void add(IConfigurationElement element, Map<String, DriverDescriptor<T>> result, List<String> skips) {
        String kind = element.getAttribute("kind");
        String contributor = element.getContributor().getName();
        String point = NAMESPACE + '.' + pointId;
        if (kind == null || kind.isBlank()) {
            skips.add(NLSMessages.bind(NLSMessages.driverWithoutKind, new Object[] { elementName, contributor, point }));
            return;
        }
        DriverDescriptor<T> first = result.get(kind);
        if (first != null) {
            skips.add(NLSMessages.bind(NLSMessages.driverKindTaken,
                    new Object[] { elementName, kind, contributor, point, first.contributor() }));
            return;
        }
        result.put(kind, new DriverDescriptor<>(element, type));
    }

    @Override
    public void added(IExtension[] extensions) {
        byKind = null;
    }

    @Override
    public void removed(IExtension[] extensions) {
        byKind = null;
    }

    @Override
    public void added(IExtensionPoint[] extensionPoints) {
        byKind = null;
    }

    @Override
    public void removed(IExtensionPoint[] extensionPoints) {
        byKind = null;
    }
}
