package org.encompass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.encompass.ui.drivers.DriverConnectionPage;

/**
 * Drives the current page of a wizard, a dialog or a view through its widgets, found the way the operator finds them:
 * a field by the label before it, a list by its rows, a button by its text (call on the UI thread). What it does
 * fires the same listeners a user's typing, choosing and clicking fire.
 */
final class WizardBot {
    private final Supplier<Control> page;

    WizardBot(WizardDialog dialog) {
        this.page = () -> dialog.getCurrentPage().getControl();
    }

    private WizardBot(Supplier<Control> page) {
        this.page = page;
    }

    /** A bot for a view's part (its controls as the operator sees them in the window). */
    static WizardBot of(org.eclipse.ui.IViewPart view) {
        return new WizardBot(() -> (Control) view.getSite().getService(org.eclipse.e4.ui.model.application.ui.basic.MPart.class).getWidget());
    }

    /** A bot for a dialog's whole shell (its area and its buttons). */
    static WizardBot of(Dialog dialog) {
        return new WizardBot(dialog::getShell);
    }

    /** Replaces the text of the field labelled {@code label} (its modify listeners run). */
    WizardBot type(String label, String text) {
        labelled(label, Text.class).setText(text);
        return this;
    }

    /** Chooses {@code item} in the drop-down labelled {@code label} (its selection listeners run). */
    WizardBot choose(String label, String item) {
        Combo combo = labelled(label, Combo.class);
        int index = combo.indexOf(item);
        if (index < 0) {
            throw new AssertionError("no " + item + " in " + label + " " + List.of(combo.getItems()));
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        return this;
    }

    /** The text of the field labelled {@code label}. */
    String text(String label) {
        return labelled(label, Text.class).getText();
    }

    /** The text of the drop-down labelled {@code label}. */
    String chosen(String label) {
        return labelled(label, Combo.class).getText();
    }

    /** Clicks the boxes of the page's checkbox list so that exactly the rows {@code checked} accepts are checked. */
    WizardBot checkRows(Predicate<TableItem> checked) {
        Table table = first(Table.class);
        for (TableItem item : table.getItems()) {
            boolean wanted = checked.test(item);
            if (item.getChecked() != wanted) {
                item.setChecked(wanted);
                Event click = new Event();
                click.item = item;
                click.detail = SWT.CHECK;
                table.notifyListeners(SWT.Selection, click);
            }
        }
        return this;
    }

    /** The first column of the page's list, row by row. */
    List<String> rows() {
        return column(0);
    }

    /** A column of the page's list, row by row. */
    List<String> column(int index) {
        List<String> rows = new ArrayList<>();
        for (TableItem item : first(Table.class).getItems()) {
            rows.add(item.getText(index));
        }
        return rows;
    }

    /** Selects the row of the page's list whose first column reads {@code name} (its selection listeners run). */
    WizardBot selectRow(String name) {
        Table table = first(Table.class);
        int index = rows().indexOf(name);
        if (index < 0) {
            throw new AssertionError("no row " + name + " in " + rows());
        }
        table.setSelection(index);
        Event click = new Event();
        click.item = table.getItem(index);
        table.notifyListeners(SWT.Selection, click);
        return this;
    }

    /** Types {@code text} into the field labelled {@code label} and presses Enter there. */
    WizardBot enter(String label, String text) {
        Text field = labelled(label, Text.class);
        field.setText(text);
        field.notifyListeners(SWT.DefaultSelection, new Event());
        return this;
    }

    /** The items of the drop-down labelled {@code label}. */
    List<String> items(String label) {
        return List.of(labelled(label, Combo.class).getItems());
    }

    /** Clicks the check box {@code text} so that it reads {@code checked} (its selection listeners run). */
    WizardBot check(String text, boolean checked) {
        Button box = find(Button.class, b -> (b.getStyle() & SWT.CHECK) != 0 && b.getText().equals(text));
        if (box.getSelection() != checked) {
            box.setSelection(checked);
            box.notifyListeners(SWT.Selection, new Event());
        }
        return this;
    }

    /** Whether a label shows {@code text} (as part of its text). */
    boolean shows(String text) {
        return search(page(), Label.class, l -> l.getText().contains(text)) != null;
    }

    /** The button (push, check or radio) whose text, without mnemonics, starts with {@code text}. */
    Button button(String text) {
        return find(Button.class, b -> b.getText().replace("&", "").startsWith(text));
    }

    /** Clicks the radio button whose text starts with {@code text}: it is chosen, its siblings are not (their listeners run). */
    WizardBot pick(String text) {
        Button chosen = button(text);
        for (Control sibling : chosen.getParent().getChildren()) {
            if (sibling instanceof Button radio && (radio.getStyle() & SWT.RADIO) != 0 && radio.getSelection() != (radio == chosen)) {
                radio.setSelection(radio == chosen);
                radio.notifyListeners(SWT.Selection, new Event());
            }
        }
        return this;
    }

    /**
     * The page's input widget named {@code name}: the name a driver's page or the items editor gives it as its
     * {@link DriverConnectionPage#FIELD} data.
     */
    <T extends Control> T field(String name, Class<T> type) {
        return find(type, c -> name.equals(c.getData(DriverConnectionPage.FIELD)));
    }

    /** Replaces the text of the field named {@code name} (its modify listeners run). */
    WizardBot set(String name, String text) {
        field(name, Text.class).setText(text);
        return this;
    }

    /** Clicks the button named {@code name} (its selection listeners run; a check box is ticked or cleared first). */
    WizardBot press(String name) {
        Button button = field(name, Button.class);
        if ((button.getStyle() & (SWT.CHECK | SWT.TOGGLE)) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new Event());
        return this;
    }

    /** The page's list, row by row, each row its columns' texts. */
    List<List<String>> table() {
        Table table = first(Table.class);
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            List<String> row = new ArrayList<>();
            for (int column = 0; column < Math.max(1, table.getColumnCount()); column++) {
                row.add(item.getText(column));
            }
            rows.add(row);
        }
        return rows;
    }

    <T extends Control> T first(Class<T> type) {
        return find(page(), type, c -> true);
    }

    <T extends Control> T find(Class<T> type, Predicate<T> test) {
        return find(page(), type, test);
    }

    /** The control of {@code type} that follows the label {@code label} among its siblings. */
    private <T extends Control> T labelled(String label, Class<T> type) {
        Label found = find(page(), Label.class, l -> l.getText().replace("&", "").equals(label.replace("&", "")));
        Control[] siblings = found.getParent().getChildren();
        for (int i = List.of(siblings).indexOf(found) + 1; i < siblings.length; i++) {
            if (type.isInstance(siblings[i])) {
                return type.cast(siblings[i]);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " after the label " + label);
    }

    private Control page() {
        return page.get();
    }

    private static <T extends Control> T find(Control root, Class<T> type, Predicate<T> test) {
        T found = search(root, type, test);
        assertNotNull(found, "no " + type.getSimpleName() + " on the page");
        return found;
    }

    private static <T extends Control> T search(Control control, Class<T> type, Predicate<T> test) {
        if (type.isInstance(control) && test.test(type.cast(control))) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = search(child, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
