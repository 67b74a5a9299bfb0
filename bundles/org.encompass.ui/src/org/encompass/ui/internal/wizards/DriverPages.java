package org.encompass.ui.internal.wizards;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.encompass.ui.drivers.DriverConnectionPage;

/**
 * Reads {@code org.encompass.ui.driverPages}: the connection page a driver kind contributes. Read on
 * each use, so pages of bundles installed later are found; a broken contribution is logged and the
 * generic page used instead.
 */
public final class DriverPages {
    public static final String POINT = "org.encompass.ui.driverPages";

    /** What the page connects to, the schema's {@code type} attribute. */
    public enum Type {
        STORAGE, HYPERVISOR, CHASSIS;

        String attribute() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private DriverPages() {
    }

    /** A new page for {@code kind}: the contributed one, else the generic location field. */
    public static DriverConnectionPage create(Type type, String kind) {
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(POINT)) {
            if (kind.equals(element.getAttribute("kind")) && type.attribute().equals(element.getAttribute("type"))) {
                try {
                    return (DriverConnectionPage) element.createExecutableExtension("class");
                } catch (CoreException | ClassCastException e) {
                    ILog.of(DriverPages.class).error("the " + type.attribute() + " page for " + kind + " contributed by "
                            + element.getContributor().getName() + " cannot be created; using the generic page", e);
                }
            }
        }
        return new GenericLocationPage();
    }

    /** Whether a driver contributes a page of its own for {@code kind}. */
    public static boolean contributed(Type type, String kind) {
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(POINT)) {
            if (kind.equals(element.getAttribute("kind")) && type.attribute().equals(element.getAttribute("type"))) {
                return true;
            }
        }
        return false;
    }
}
