package org.encompass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.encompass.ui.internal.Messages;
import org.encompass.ui.internal.wizards.DeployVariablesPage;

/**
 * Drives the deploy wizard's pages as the operator does (call on the UI thread): the master, the activate
 * box, the machines' check boxes, each machine's variables.
 */
final class DeployWizardBot {
    private final WizardDialog dialog;
    private final WizardBot bot;

    DeployWizardBot(WizardDialog dialog) {
        this.dialog = dialog;
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
        assertEquals(machines.size(), List.of(bot.first(org.eclipse.swt.widgets.Table.class).getItems()).stream()
                .filter(TableItem::getChecked).count(), "checked rows of " + machines);
    }

    /**
     * Types each machine's variables ({@code a=1, b=2}) into its row of the variables page, through the page's
     * {@link DeployVariablesPage#type}, which its cell editor calls.
     */
    void variables(Map<String, String> texts) {
        DeployVariablesPage page = (DeployVariablesPage) dialog.getCurrentPage();
        texts.forEach(page::type);
    }
}
