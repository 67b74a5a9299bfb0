package org.encompass.ui.drivers;

import org.eclipse.swt.widgets.Composite;

/**
 * The driver-specific part of the console's New Host and New Storage Device wizards: the fields an
 * operator fills in to reach one kind of hypervisor host or storage device. Contributed through the
 * extension point {@code org.encompass.ui.driverPages} (see its schema); kinds without a contribution
 * get a plain location field.
 * <p>
 * The wizard creates one instance per use, calls {@link #createControls} once, then asks
 * {@link #validate()} whenever the page reports a change. Passwords never go to the model: the
 * wizard puts {@link #user()} and {@link #password()} in secure storage under {@link #location()}.
 */
public interface DriverConnectionPage {
    /** Key under which pages name their input widgets ({@code widget.setData(FIELD, "uri")}), for tests and accessibility tools. */
    String FIELD = "org.encompass.ui.drivers.field";

    /**
     * Creates the page's widgets in {@code parent} (which has no layout yet: set one) and calls
     * {@code changed} whenever the operator edits something.
     */
    void createControls(Composite parent, Runnable changed);

    /** What is still wrong or missing, as a sentence for the operator; {@code null} when complete. */
    String validate();

    /** The host URI or storage location handed to the engine; never contains a password. */
    String location();

    /** The location for an object named {@code name} (a chassis' address carries its name); by default {@link #location()}. */
    default String location(String name) {
        return location();
    }

    /**
     * Fills the page in from an endpoint the operator chose among those announced on the network (its URL, for
     * example a CIM server's); called after {@link #createControls}. By default ignored.
     */
    default void suggest(String location) {
    }

    /** The user to store for {@link #location()}, or {@code null} when the driver needs no credentials. */
    default String user() {
        return null;
    }

    /** The password to store with {@link #user()}; the wizard wipes the array after storing it. */
    default char[] password() {
        return null;
    }
}
