package org.encompass.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.encompass.core.Quoted;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.EndpointCandidate;

/**
 * The New Chassis wizard's list of management endpoints announced over SLP (the {@code slp} discovery
 * provider's {@code discoverEndpoints}, as {@code encompass discover --slp} lists them): Find asks the directory
 * agent given, else multicast; choosing one hands it to the page. Texts from the network are shown escaped and
 * cut ({@link Quoted#inline}).
 */
final class AnnouncedEndpoints {
    /** The discovery provider that finds endpoints. */
    static final String PROVIDER = "slp";
    private static final int SHOWN = 120;
    private final List<EndpointCandidate> candidates = new ArrayList<>();
    private Text directoryAgent;
    private Table table;
    private EndpointCandidate chosen;

    /**
     * Creates the widgets; {@code chose} gets the candidate the operator selects, {@code open} one double-clicked,
     * {@code problem} a failed search's message (null when a search worked).
     */
    void create(Composite parent, IWizardContainer container, Consumer<EndpointCandidate> chose, Consumer<EndpointCandidate> open,
            Consumer<String> problem) {
        Label heading = new Label(parent, SWT.NONE);
        heading.setText(InventoryMessages.announced);
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 12).applyTo(heading);
        new Label(parent, SWT.NONE).setText(InventoryMessages.directoryAgent);
        directoryAgent = new Text(parent, SWT.BORDER);
        directoryAgent.setMessage(InventoryMessages.directoryAgentHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(directoryAgent);
        new Label(parent, SWT.NONE);
        Button find = new Button(parent, SWT.PUSH);
        find.setText(InventoryMessages.find);
        GridDataFactory.swtDefaults().applyTo(find);
        table = new Table(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        for (String column : List.of(InventoryMessages.endpointUrl, InventoryMessages.endpointKind, InventoryMessages.endpointService,
                InventoryMessages.endpointAttributes)) {
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(column);
            c.setWidth(column.equals(InventoryMessages.endpointAttributes) ? 260 : 160);
        }
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 6 * table.getItemHeight()).applyTo(table);
        find.addListener(SWT.Selection, e -> problem.accept(find(container)));
        table.addListener(SWT.Selection, e -> {
            chosen = table.getSelectionIndex() < 0 ? null : candidates.get(table.getSelectionIndex());
            chose.accept(chosen);
        });
        table.addListener(SWT.DefaultSelection, e -> {
            if (chosen != null) {
                open.accept(chosen);
            }
        });
    }

    /** The candidate chosen, or null. */
    EndpointCandidate chosen() {
        return chosen;
    }

    /** Asks for announced endpoints while the wizard shows progress; returns what went wrong, or null. */
    private String find(IWizardContainer container) {
        String agents = directoryAgent.getText().isBlank() ? null : directoryAgent.getText().trim();
        List<EndpointCandidate> found = new ArrayList<>();
        String[] failure = new String[1];
        try {
            container.run(true, true, monitor -> {
                try {
                    found.addAll(Drivers.discovery().driver(PROVIDER).discoverEndpoints(null, agents, monitor));
                } catch (DriverException | RuntimeException e) {
                    failure[0] = e.getMessage();
                }
            });
        } catch (InvocationTargetException e) {
            failure[0] = String.valueOf(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        candidates.clear();
        candidates.addAll(found);
        chosen = null;
        table.removeAll();
        for (EndpointCandidate candidate : candidates) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { shown(candidate.url()), candidate.kind() == null ? "" : candidate.kind(), shown(candidate.serviceType()),
                    shown(attributes(candidate.attributes())) });
        }
        if (failure[0] != null) {
            return NLS.bind(InventoryMessages.findFailed, Quoted.inline(failure[0], Quoted.SHOWN));
        }
        return candidates.isEmpty() ? InventoryMessages.noneAnnounced : null;
    }

    private static String attributes(Map<String, String> attributes) {
        return String.join(", ", attributes.entrySet().stream().map(a -> a.getValue().isEmpty() ? a.getKey() : a.getKey() + "=" + a.getValue()).toList());
    }

    /** Network text as one line, cut, control and invisible format characters (bidi overrides) escaped. */
    private static String shown(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Quoted.inline(text, SHOWN).codePoints().forEach(c -> {
            if (Character.getType(c) == Character.FORMAT) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
