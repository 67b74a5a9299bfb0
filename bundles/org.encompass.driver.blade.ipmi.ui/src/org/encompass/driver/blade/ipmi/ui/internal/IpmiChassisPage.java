package org.encompass.driver.blade.ipmi.ui.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.encompass.core.ChassisSlots;
import org.encompass.ui.drivers.DriverConnectionPage;
import org.encompass.ui.drivers.Fields;

/**
 * An IPMI chassis: one BMC per slot, given as {@code N=HOST:PORT} lines or ranges, and the BMCs' user and
 * password, which the wizard puts in secure storage under the chassis' address
 * {@code ipmi://NAME?1=HOST:PORT&...} (built by the core, as {@code encompass chassis add} builds it).
 */
public final class IpmiChassisPage implements DriverConnectionPage {
    private Text slots;
    private Text user;
    private Text password;

    @Override
    public void createControls(Composite parent, Runnable changed) {
        Fields.layout(parent, 2);
        slots = Fields.text(parent, Messages.slots, "slots", SWT.MULTI | SWT.V_SCROLL, 1, changed);
        ((org.eclipse.swt.layout.GridData) slots.getLayoutData()).heightHint = 4 * slots.getLineHeight();
        user = Fields.text(parent, Messages.user, "user", SWT.NONE, 1, changed);
        password = Fields.text(parent, Messages.password, "password", SWT.PASSWORD, 1, changed);
        Fields.hint(parent, Messages.hint, 2);
    }

    @Override
    public String validate() {
        List<String> given = lines();
        if (given.isEmpty()) {
            return Messages.noSlots;
        }
        try {
            ChassisSlots.parse(given);
        } catch (ChassisSlots.InvalidSlot e) {
            return e.repeatedSlot() >= 0 ? NLS.bind(Messages.slotTwice, e.repeatedSlot()) : NLS.bind(Messages.badSlot, e.given());
        }
        if (user.getText().isBlank()) {
            return Messages.noUser;
        }
        return password.getText().isEmpty() ? Messages.noPassword : null;
    }

    @Override
    public String location() {
        return location("chassis");
    }

    @Override
    public String location(String name) {
        return ChassisSlots.address(name, ChassisSlots.parse(lines()));
    }

    @Override
    public String user() {
        return user.getText().trim();
    }

    @Override
    public char[] password() {
        return password.getText().toCharArray();
    }

    private List<String> lines() {
        return Arrays.stream(slots.getText().split("[\\r\\n]+")).map(String::trim).filter(line -> !line.isEmpty()).toList();
    }
}
