package org.encompass.internal.thirdparty.cdo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Starts the activators of the CDO and Net4j bundles that were merged into this one bundle.
 * Without them Net4j falls back to its "legacy" (non-OSGi) platform and logs stack traces.
 * The order is the bundles' dependency order; they are stopped in reverse.
 */
public final class CompositeActivator implements BundleActivator {

    private static final List<String> ACTIVATORS = List.of(
            "org.eclipse.net4j.internal.util.bundle.OM$Activator",
            "org.eclipse.internal.net4j.bundle.OM$Activator",
            "org.eclipse.net4j.internal.db.bundle.OM$Activator",
            "org.eclipse.net4j.internal.jvm.bundle.OM$Activator",
            "org.eclipse.net4j.internal.tcp.bundle.OM$Activator",
            "org.eclipse.emf.cdo.internal.common.bundle.OM$Activator",
            // Activator itself is not a BundleActivator in 4.7; its Implementation is.
            "org.eclipse.emf.internal.cdo.bundle.Activator$Implementation",
            "org.eclipse.emf.cdo.internal.net4j.bundle.OM$Activator",
            "org.eclipse.emf.cdo.internal.server.bundle.OM$Activator",
            "org.eclipse.emf.cdo.server.internal.db.bundle.OM$Activator",
            "org.eclipse.emf.cdo.server.internal.net4j.bundle.OM$Activator");

    /**
     * Net4j renames its pool thread for every buffer it hands on (a {@code MessageFormat} of the channel's name, and
     * a native thread rename): a measurable share of a repository server's CPU per request and commit. Off, unless
     * the property is set already ({@code -Dorg.eclipse.net4j.util.concurrent.DISABLE_RUNNABLE_NAMES=false} keeps the
     * names, for thread dumps).
     */
    private static final String DISABLE_RUNNABLE_NAMES = "org.eclipse.net4j.util.concurrent.DISABLE_RUNNABLE_NAMES";

    private final Deque<BundleActivator> started = new ArrayDeque<>();

    @Override
    public void start(BundleContext context) throws Exception {
        if (System.getProperty(DISABLE_RUNNABLE_NAMES) == null) {
            System.setProperty(DISABLE_RUNNABLE_NAMES, "true"); // read once, when Net4j first runs such work
        }
        for (String name : ACTIVATORS) {
            BundleActivator activator = (BundleActivator) Class.forName(name).getDeclaredConstructor().newInstance();
            activator.start(context);
            started.push(activator);
        }
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        Exception first = null;
        while (!started.isEmpty()) {
            try {
                started.pop().stop(context);
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
