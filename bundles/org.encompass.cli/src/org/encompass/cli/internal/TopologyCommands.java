package org.encompass.cli.internal;

import static org.encompass.cli.internal.CommandSpec.command;
import static org.encompass.cli.internal.OptionSpec.flag;
import static org.encompass.cli.internal.OptionSpec.repeatable;
import static org.encompass.cli.internal.OptionSpec.value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.Topology;

/**
 * The operator's record of the topology (paper, section 5): the storage devices a host or chassis reaches, the
 * network segments a machine is on, the segment a master requires. Placement goes by them (core's Topology).
 */
final class TopologyCommands {
    private TopologyCommands() {
    }

    static void register(CommandTable table) {
        table.add(command("host reach", CommandGroup.INVENTORY).arguments("HOST")
                .options(repeatable("storage", "DEVICE"), flag("clear")).run((context, arguments) -> {
                    String host = arguments.positional(0);
                    context.engine().setHostReach(host, listOrClear(arguments, "storage", "DEVICE"));
                    return reach("Host", host, context.read(site -> Topology.reach(SiteLookup.host(site, host))));
                }));
        table.add(command("chassis reach", CommandGroup.INVENTORY).arguments("CHASSIS")
                .options(repeatable("storage", "DEVICE"), flag("clear")).run((context, arguments) -> {
                    String chassis = arguments.positional(0);
                    context.engine().setChassisReach(chassis, listOrClear(arguments, "storage", "DEVICE"));
                    return reach("Chassis", chassis, context.read(site -> Topology.reach(SiteLookup.chassis(site, chassis))));
                }));
        table.add(command("machine segment", CommandGroup.INVENTORY).arguments("MACHINE")
                .options(repeatable("segment", "SEGMENT"), flag("clear")).run((context, arguments) -> {
                    String machine = arguments.positional(0);
                    context.engine().setSegments(machine, listOrClear(arguments, "segment", "SEGMENT"));
                    Map<String, Object> view = new LinkedHashMap<>();
                    context.read(site -> {
                        var m = SiteLookup.machine(site, machine);
                        view.put("machine", SiteLookup.qualifiedName(m));
                        ModelViews.putSegments(view, Topology.segmentsOf(m));
                        return null;
                    });
                    return Result.line(view, NLS.bind(TopologyMessages.segments, view.get("machine"), segmentsText(view)));
                }));
        table.add(command("master segment", CommandGroup.MASTERS).arguments("MASTER")
                .options(value("segment", "SEGMENT"), flag("clear")).run((context, arguments) -> {
                    String master = arguments.positional(0);
                    List<String> segment = listOrClear(arguments, "segment", "SEGMENT");
                    context.engine().requireSegment(master, segment.isEmpty() ? null : segment.get(0));
                    Map<String, Object> view = new LinkedHashMap<>();
                    view.put("master", master);
                    view.put("segment", segment.isEmpty() ? null : segment.get(0));
                    return Result.line(view, segment.isEmpty() ? NLS.bind(TopologyMessages.requiresNoSegment, master)
                            : NLS.bind(TopologyMessages.requiresSegment, master, segment.get(0)));
                }));
    }

    /** The values of {@code --option}, or none with {@code --clear}; exactly one of the two. */
    private static List<String> listOrClear(ParsedArguments arguments, String option, String valueName) {
        List<String> values = arguments.values(option);
        if (values.isEmpty() == !arguments.flag("clear")) {
            throw arguments.usage(NLS.bind(TopologyMessages.listOrClear, "--" + option + " " + valueName));
        }
        for (String value : values) {
            if (value.isBlank()) {
                throw arguments.usage(NLS.bind(Messages.emptyValue, "--" + option));
            }
        }
        return values;
    }

    private static Result reach(String what, String name, Topology.Recorded reach) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put(what.toLowerCase(java.util.Locale.ROOT), name);
        ModelViews.putReach(view, reach);
        return Result.line(view, NLS.bind(TopologyMessages.reachOf, new Object[] { what, name, reachText(view) }));
    }

    /** A reach view ({@link ModelViews#putReach}) as text: the devices in effect, who recorded them, what discovery found. */
    static String reachText(Map<String, Object> view) {
        return recordedText(view, "reachableStorage", "reachRecordedBy", "discoveredStorage", TopologyMessages.reachByOperator,
                TopologyMessages.reachByOperatorOverDiscovery, TopologyMessages.reachByDiscovery, TopologyMessages.reachNotRecorded);
    }

    /** A machine's segments ({@link ModelViews#putSegments}) as text, as {@link #reachText} shows a reach. */
    static String segmentsText(Map<String, Object> view) {
        return recordedText(view, "segments", "segmentsRecordedBy", "discoveredSegments", TopologyMessages.segmentsByOperator,
                TopologyMessages.segmentsByOperatorOverDiscovery, TopologyMessages.segmentsByDiscovery,
                TopologyMessages.segmentsNotRecorded);
    }

    private static String recordedText(Map<String, Object> view, String namesKey, String byKey, String discoveredKey,
            String byOperator, String overDiscovery, String byDiscovery, String notRecorded) {
        String names = String.join(", ", ModelViews.strings(view.get(namesKey)));
        List<String> discovered = ModelViews.strings(view.get(discoveredKey));
        if (Topology.OPERATOR.equals(view.get(byKey))) {
            return discovered.isEmpty() ? NLS.bind(byOperator, names) : NLS.bind(overDiscovery, names, String.join(", ", discovered));
        }
        return Topology.DISCOVERY.equals(view.get(byKey)) ? NLS.bind(byDiscovery, names) : notRecorded;
    }
}
