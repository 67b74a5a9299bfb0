package org.encompass.cli.internal;

import static org.encompass.cli.internal.CommandSpec.command;
import static org.encompass.cli.internal.OptionSpec.flag;
import static org.encompass.cli.internal.OptionSpec.value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.encompass.core.ConflictResolution;
import org.encompass.core.DiscoveryReport;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.EndpointCandidate;
import org.encompass.model.Conflict;

/** Discovery on demand, and the conflicts it records. */
final class DiscoveryCommands {
    private DiscoveryCommands() {
    }

    static void register(CommandTable table) {
        table.add(command("discover", CommandGroup.DISCOVERY).options(flag("slp"), value("scope", "SCOPE"), value("da", "HOST[:PORT]"))
                .run(DiscoveryCommands::discover));
        table.add(command("conflict list", CommandGroup.DISCOVERY).options(flag("all")).run(DiscoveryCommands::list));
        table.add(command("conflict resolve", CommandGroup.DISCOVERY).arguments("ID")
                .options(flag("accept-discovered"), flag("keep-model")).run(DiscoveryCommands::resolve));
        table.alias("conflicts", "conflict list");
    }

    private static Result discover(CommandContext context, ParsedArguments arguments) {
        if (arguments.flag("slp")) {
            return slp(context, arguments);
        }
        if (arguments.value("scope") != null || arguments.value("da") != null) {
            throw arguments.usage(DiscoveryMessages.slpOptionsWithoutSlp);
        }
        DiscoveryReport report = context.server() != null
                ? org.encompass.server.RequestResults.discoveryReport(context.server().run(
                        org.encompass.core.lifecycle.Operation.DISCOVER.label(), "", Map.of(), context.monitor()))
                : context.engine().discover(context.monitor());
        List<Map<String, Object>> hosts = report.hosts().stream().map(DiscoveryCommands::host).toList();
        List<Map<String, Object>> storage = report.storage().stream().map(s -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("name", s.device());
            view.put("reachable", s.reachable());
            view.put("error", s.error());
            return view;
        }).toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("hosts", hosts);
        json.put("storageDevices", storage);
        json.put("openConflicts", report.openConflicts());
        return Result.of(json, out -> {
            TextTable table = new TextTable("HOST", "REACHABLE", "MACHINES", "NEW", "UPDATED", "VANISHED", "CONFLICTS", "ERROR");
            report.hosts().forEach(h -> table.row(h.host(), Formats.yesNo(h.reachable()), h.reported(), h.added(),
                    h.updated(), h.vanished(), h.conflicts(), h.error() == null ? "" : h.error()));
            if (!table.isEmpty()) {
                table.print(out);
            }
            out.println(NLS.bind(DiscoveryMessages.discovered, new Object[] { report.hosts().size(),
                    report.hosts().stream().filter(DiscoveryReport.HostResult::reachable).count(),
                    sum(report, DiscoveryReport.HostResult::reported), sum(report, DiscoveryReport.HostResult::added),
                    sum(report, DiscoveryReport.HostResult::vanished), sum(report, DiscoveryReport.HostResult::conflicts) }));
            if (!report.storage().isEmpty()) {
                out.println(NLS.bind(DiscoveryMessages.storageChecked, report.storage().size(),
                        report.storage().stream().filter(DiscoveryReport.StorageResult::reachable).count()));
                report.storage().stream().filter(s -> !s.reachable())
                        .forEach(s -> out.println("  " + s.device() + ": " + s.error()));
            }
            out.println(report.openConflicts() == 0 ? DiscoveryMessages.noOpenConflicts
                    : NLS.bind(DiscoveryMessages.openConflicts, report.openConflicts()));
        });
    }

    private static int sum(DiscoveryReport report, java.util.function.ToIntFunction<DiscoveryReport.HostResult> field) {
        return report.hosts().stream().mapToInt(field).sum();
    }

    /** Management endpoints announced over SLP, listed as candidates to add; nothing is added. */
    private static Result slp(CommandContext context, ParsedArguments arguments) {
        List<EndpointCandidate> found;
        try {
            found = Drivers.discovery().driver("slp").discoverEndpoints(arguments.value("scope"), arguments.value("da"), context.monitor());
        } catch (DriverException e) {
            throw new org.encompass.core.EncompassException(e.getMessage(), e);
        }
        List<Map<String, Object>> json = found.stream().map(c -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("serviceType", c.serviceType());
            view.put("url", c.url());
            view.put("kind", c.kind());
            view.put("attributes", c.attributes());
            return view;
        }).toList();
        return Result.of(Map.of("candidates", json), out -> {
            TextTable table = new TextTable("SERVICE", "URL", "KIND", "ATTRIBUTES");
            found.forEach(c -> table.row(printable(c.serviceType()), printable(c.url()), c.kind(), printable(c.attributes().entrySet().stream()
                    .map(a -> a.getValue().isEmpty() ? a.getKey() : a.getKey() + "=" + a.getValue()).reduce((x, y) -> x + ", " + y).orElse(""))));
            if (!table.isEmpty()) {
                table.print(out);
            }
            out.println(found.isEmpty() ? DiscoveryMessages.slpNone : NLS.bind(DiscoveryMessages.slpFound, found.size()));
        });
    }

    /** Text from the network, printable: control and other invisible characters as \\uXXXX. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || c == '\\') {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static Map<String, Object> host(DiscoveryReport.HostResult h) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", h.host());
        view.put("uri", h.endpoint());
        view.put("reachable", h.reachable());
        view.put("machines", h.reported());
        view.put("added", h.added());
        view.put("updated", h.updated());
        view.put("vanished", h.vanished());
        view.put("conflicts", h.conflicts());
        view.put("error", h.error());
        return view;
    }

    private static Result list(CommandContext context, ParsedArguments arguments) {
        boolean all = arguments.flag("all");
        List<Map<String, Object>> conflicts = context.read(site -> site.getConflicts().stream()
                .filter(c -> all || !c.isResolved()).map(DiscoveryCommands::conflict).toList());
        return Result.of(Map.of("conflicts", conflicts), out -> {
            TextTable table = new TextTable("ID", "KIND", "SUBJECT", "DETECTED", "RESOLVED", "DETAIL");
            conflicts.forEach(c -> table.row(c.get("id"), c.get("kind"), c.get("subject"),
                    Formats.dateTime((java.util.Date) c.get("detected")),
                    c.get("resolution") == null ? "no" : c.get("resolution"), c.get("detail")));
            InventoryCommands.printOrNone(table, out, all ? DiscoveryMessages.noConflicts : DiscoveryMessages.noOpenConflicts);
        });
    }

    static Map<String, Object> conflict(Conflict c) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", c.getId());
        view.put("kind", c.getKind());
        view.put("subject", c.getSubject());
        view.put("detail", c.getDetail());
        view.put("modelValue", c.getModelValue());
        view.put("discoveredValue", c.getDiscoveredValue());
        view.put("discoveredBy", c.getDiscoveredBy());
        view.put("detected", c.getDetected());
        view.put("resolved", c.isResolved());
        view.put("resolution", c.getResolution());
        view.put("resolvedBy", c.getResolvedBy());
        view.put("resolvedAt", c.getResolvedAt());
        return view;
    }

    private static Result resolve(CommandContext context, ParsedArguments arguments) {
        long id = arguments.parseLong("ID", arguments.positional(0), 1, Long.MAX_VALUE);
        boolean accept = arguments.flag("accept-discovered");
        boolean keep = arguments.flag("keep-model");
        if (accept == keep) {
            throw arguments.usage(DiscoveryMessages.resolutionChoice);
        }
        ConflictResolution resolution = accept ? ConflictResolution.ACCEPT_DISCOVERED : ConflictResolution.KEEP_MODEL;
        context.engine().resolveConflict(id, resolution, context.monitor());
        Map<String, Object> view = context.read(site -> conflict(
                site.getConflicts().stream().filter(c -> c.getId() == id).findFirst().orElseThrow()));
        return Result.line(view, NLS.bind(DiscoveryMessages.conflictResolved,
                new Object[] { id, resolution.label(), view.get("detail") }));
    }
}
