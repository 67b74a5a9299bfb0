package org.encompass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.encompass.ui.internal.Messages;

/**
 * Drives the deploy wizard's pages as the operator does (call on the UI thread): the master, the activate
 * box, the machines' check boxes, each machine's variables.
 */
final class DeployWizardBot {
    private final WizardBot bot;

    DeployWizardBot(WizardDialog dialog) {
        this.bot = new WizardBot(dialog);
    }

    /** The master the first page shows as chosen. */
    String master() {
        return bot.chosen(Messages.deployMaster);
    }

    /** Ticks "activate" on the first page (a click: the box's listeners run). */
    void activate() {
        Button box = bot.find(Button.class, b -> b.getText().equals(Messages.deployActivate));
        box.setSelection(true);
        box.notifyListeners(SWT.Selection, new Event());
    }

    /** Checks the rows of the machines page whose machine is named (a row reads "host/vm  (n CPUs, m MiB)"). */
    void check(List<String> machines) {
        bot.checkRows(item -> machines.stream().anyMatch(m -> item.getText().startsWith(m + "  (")));
        assertEquals(machines.size(), List.of(bot.first(Table.class).getItems()).stream()
                .filter(TableItem::getChecked).count(), "checked rows of " + machines);
    }

    /**
     * Types each machine's variables ({@code a=1, b=2}) into its row of the variables page as the operator does: a
     * click on the row's Variables cell opens its editor, Enter applies the text.
     */
    void variables(Map<String, String> texts) {
        Table table = bot.first(Table.class);
        for (int i = 0; i < table.getItemCount(); i++) {
            TableItem row = table.getItem(i);
            String text = texts.get(row.getText(0));
            if (text == null) {
                continue;
            }
            table.setSelection(i); // the editor opens on a click into the selected row
            Rectangle cell = row.getBounds(1);
            Event click = new Event();
            click.button = 1;
            click.count = 1;
            click.x = cell.x + cell.width / 2;
            click.y = cell.y + cell.height / 2;
            table.notifyListeners(SWT.MouseDown, click);
            Text editor = Arrays.stream(table.getChildren()).filter(c -> c instanceof Text && c.isVisible()).map(Text.class::cast)
                    .reduce((first, last) -> last).orElseThrow(() -> new AssertionError("no cell editor on the row of " + row.getText(0)));
            editor.setText(text);
            editor.notifyListeners(SWT.DefaultSelection, new Event());
            assertEquals(text, row.getText(1), "the row of " + row.getText(0));
        }
    }
}
