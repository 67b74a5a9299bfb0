package org.encompass.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.States;
import org.encompass.core.query.Topology;
import org.encompass.core.lifecycle.Lifecycle;
import org.encompass.core.lifecycle.Operation;
import org.encompass.model.Blade;
import org.encompass.model.Chassis;
import org.encompass.model.Clone;
import org.encompass.model.HypervisorHost;
import org.encompass.model.Machine;
import org.encompass.model.Master;
import org.encompass.model.StorageDevice;
import org.encompass.ui.internal.LabelMessages;
import org.encompass.ui.internal.Messages;

/** Name/value rows for any repository object: clone, master, machine (a blade with its chassis slot and BMC), host, storage. */
public final class GeneralSection extends SectionInput {
    public record Row(String name, String value) {
    }

    private TableViewer viewer;

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage page) {
        super.createControls(parent, page);
        Composite body = Sections.body(getWidgetFactory(), parent);
        Composite holder = Sections.tableHolder(body, 230);
        TableColumnLayout layout = (TableColumnLayout) holder.getLayout();
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(layout, Messages.propertyName, 30, Row::name);
        column(layout, Messages.propertyValue, 70, Row::value);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        followRepository(body);
    }

    private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight));
    }

    @Override
    public void refresh() {
        viewer.setInput(rows(element()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** A host's or chassis' storage reach: the devices in effect and who recorded them (the operator or discovery). */
    private static String reach(Topology.Recorded reach) {
        return recorded(reach, LabelMessages.reachNotRecorded);
    }

    /** A machine's network segments, as {@link #reach} shows a reach. */
    private static String segments(Machine machine) {
        return recorded(Topology.segmentsOf(machine), LabelMessages.segmentsNotRecorded);
    }

    private static String recorded(Topology.Recorded recorded, String notRecorded) {
        String names = String.join(", ", recorded.names());
        if (Topology.OPERATOR.equals(recorded.source())) {
            return recorded.discovered().isEmpty() ? NLS.bind(LabelMessages.reachByOperator, names)
                    : NLS.bind(LabelMessages.reachByOperatorOverDiscovery, names, String.join(", ", recorded.discovered()));
        }
        return Topology.DISCOVERY.equals(recorded.source()) ? NLS.bind(LabelMessages.reachByDiscovery, names) : notRecorded;
    }

    /** The rows shown for {@code element} (also what tests read). */
    public static List<Row> rows(Object element) {
        List<Row> rows = new ArrayList<>();
        switch (element) {
            case Clone c -> {
                rows.add(new Row(Messages.propertyName, c.getName()));
                rows.add(new Row(Messages.propertyMaster, c.getMaster().getName()));
                rows.add(new Row(Messages.propertyState, States.of(c).toString()));
                rows.add(new Row(Messages.propertyAllowed, String.join(", ",
                        Lifecycle.allowed(States.of(c)).stream().map(Operation::label).toList())));
                rows.add(new Row(Messages.propertyMachine, c.getMachine() == null ? "" : SiteLookup.qualifiedName(c.getMachine())));
                rows.add(new Row(Messages.propertyCloneMethod, c.isFlushPending()
                        ? NLS.bind(LabelMessages.generalCloneMethodFlushPending, c.getCloneMethod().getName(), Messages.cloneFlushPending)
                        : c.getCloneMethod().getName()));
                rows.add(new Row(Messages.propertyStorage, c.getStorage() == null ? "" : c.getStorage().getName()));
                rows.add(new Row(Messages.propertyLocation, String.valueOf(c.getLocation())));
                rows.add(new Row(Messages.propertyCreated, String.valueOf(c.getCreated())));
            }
            case Master m -> {
                rows.add(new Row(Messages.propertyName, m.getName()));
                rows.add(new Row(Messages.propertyVersion, String.valueOf(m.getVersion())));
                rows.add(new Row(Messages.propertyDescription, m.getDescription() == null ? "" : m.getDescription()));
                rows.add(new Row(Messages.propertyFormat, NLS.bind(LabelMessages.generalFormat, m.getFormat().getName(), m.getSizeBytes() >> 20)));
                rows.add(new Row(Messages.propertyLineage, m.getParent() == null ? ""
                        : m.getSourceClone() == null ? m.getParent().getName()
                        : NLS.bind(LabelMessages.generalLineage, m.getParent().getName(), m.getSourceClone().getName())));
                rows.add(new Row(Messages.propertyClones, Integer.toString(m.getClones().size())));
                rows.add(new Row(Messages.propertyLocation, String.valueOf(m.getLocation())));
            }
            case Blade b -> {
                rows.add(new Row(Messages.propertyName, SiteLookup.qualifiedName(b)));
                rows.add(new Row(Messages.propertyChassis, b.getChassis() == null ? "" : b.getChassis().getName()));
                rows.add(new Row(Messages.propertySlot, String.valueOf(b.getSlot())));
                rows.add(new Row(Messages.propertyBmc, String.valueOf(b.getBmcAddress())));
                rows.add(new Row(Messages.propertyGuid, b.getUuid() == null ? "" : b.getUuid()));
                rows.add(new Row(Messages.propertyMacs, String.join(", ", b.getMacAddresses())));
                rows.add(new Row(Messages.propertyPower, b.getPower().getName()));
                rows.add(new Row(Messages.propertyReachable, Boolean.toString(b.isReachable())));
                rows.add(new Row(Messages.propertySegments, segments(b)));
                rows.add(new Row(Messages.propertyHolds, b.getClone() == null ? "" : b.getClone().getName() + " (" + States.of(b.getClone()) + ")"));
                rows.add(new Row(Messages.propertyBootDevice, text(b.getBootDevice())));
                rows.add(new Row(Messages.propertyBootTarget, text(b.getBootTarget())));
                rows.add(new Row(Messages.propertyBootLun, b.getBootTarget() == null ? "" : Integer.toString(b.getBootLun())));
                rows.add(new Row(Messages.propertyBootPortal, text(b.getBootPortal())));
            }
            case Chassis c -> {
                rows.add(new Row(Messages.propertyName, c.getName()));
                rows.add(new Row(Messages.propertyProtocol, text(c.getKind())));
                rows.add(new Row(Messages.propertyAddress, text(c.getManagementAddress())));
                rows.add(new Row(Messages.propertyFirmware, text(c.getFirmware())));
                rows.add(new Row(Messages.propertySlots, String.join(", ", c.getBlades().stream().map(Blade::getSlot).toList())));
                rows.add(new Row(Messages.propertyReachable,
                        c.getBlades().stream().filter(Blade::isReachable).count() + "/" + c.getBlades().size()));
                rows.add(new Row(Messages.propertyStorageReach, reach(Topology.reach(c))));
            }
            case Machine m -> {
                rows.add(new Row(Messages.propertyName, SiteLookup.qualifiedName(m)));
                rows.add(new Row(Messages.propertyPower, m.isReachable() ? m.getPower().getName()
                        : NLS.bind(LabelMessages.generalPowerUnreachable, m.getPower().getName())));
                rows.add(new Row(Messages.propertyHolds, m.getClone() == null ? ""
                        : NLS.bind(LabelMessages.generalHolds, m.getClone().getName(), States.of(m.getClone()))));
                rows.add(new Row(Messages.propertyHardware, NLS.bind(LabelMessages.generalHardware,
                        new Object[] {m.getArchitecture(), m.getCpus(), m.getMemoryMiB()})));
                rows.add(new Row(Messages.propertySegments, segments(m)));
            }
            case HypervisorHost h -> {
                rows.add(new Row(Messages.propertyName, h.getName()));
                rows.add(new Row(Messages.propertyLocation, NLS.bind(LabelMessages.kindAndLocation, h.getKind(), h.getUri())));
                rows.add(new Row(Messages.propertyPower, h.isReachable() ? LabelMessages.hostReachable : LabelMessages.hostUnreachable));
                rows.add(new Row(Messages.propertyStorageReach, reach(Topology.reach(h))));
            }
            case StorageDevice d -> {
                rows.add(new Row(Messages.propertyName, d.getName()));
                rows.add(new Row(Messages.propertyLocation, NLS.bind(LabelMessages.kindAndLocation, d.getKind(), d.getLocation())));
                rows.add(new Row(Messages.propertyCloneMethod, d.getDefaultCloneMethod().getName()));
            }
            case null, default -> {
                // nothing to show
            }
        }
        return rows;
    }
}
