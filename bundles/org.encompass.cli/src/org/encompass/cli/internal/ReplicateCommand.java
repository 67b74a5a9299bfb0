package org.encompass.cli.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.encompass.core.exchange.Replication;

/** {@code archive import FILE --replicate}: the archive's exported clones deployed onto this site's machines. */
final class ReplicateCommand {
    private ReplicateCommand() {
    }

    static Result run(CommandContext context, ParsedArguments arguments, Path file) {
        Map<String, String> map = map(arguments);
        Map<String, Map<String, String>> variables = variables(arguments);
        boolean dryRun = arguments.has("dry-run");
        String storage = dryRun ? arguments.value("storage") : arguments.required("storage", "DEVICE");
        Replication replication = dryRun ? context.engine().planReplication(file, map, variables, storage)
                : context.engine().replicate(file, storage, map, variables, context.monitor());
        List<Map<String, Object>> rows = replication.rows().stream().map(ReplicateCommand::row).toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("archive", file.toString());
        json.put("dryRun", dryRun);
        json.put("succeeded", replication.succeeded());
        json.put("clones", rows);
        if (!dryRun) {
            for (Replication.Row row : replication.unplaced()) {
                context.err().println(NLS.bind(TopologyMessages.notPlaced, row.exported(), row.reason()));
            }
            for (Replication.Row row : replication.placed()) {
                if (row.error() != null) {
                    context.err().println("encompass: " + NLS.bind(Messages.deployFailed, row.machine(), row.error()));
                }
            }
        }
        boolean ok = dryRun || replication.succeeded() && replication.unplaced().isEmpty(); // a dry run only prints
        return Result.of(json, out -> {
            if (replication.rows().isEmpty()) {
                out.println(TopologyMessages.nothingToReplicate);
                return;
            }
            TextTable table = new TextTable("CLONE", "MASTER", "MACHINE", dryRun ? "VARIABLES" : "NEW-CLONE",
                    dryRun ? "HOW" : "RESULT");
            for (Replication.Row row : replication.rows()) {
                String vars = String.join(",", row.variables().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
                String how = row.placed() ? row.reason() : "not placed: " + row.reason();
                table.row(row.exported(), row.master(), row.placed() ? row.machine() : "-",
                        dryRun ? (vars.isEmpty() ? "-" : vars) : row.newClone() == null ? "-" : row.newClone(),
                        dryRun || !row.placed() ? how : row.error() == null ? Messages.ok : row.error());
            }
            table.print(out);
            String unplaced = replication.unplaced().isEmpty() ? "-"
                    : String.join(", ", replication.unplaced().stream().map(Replication.Row::exported).toList());
            out.println(NLS.bind(dryRun ? TopologyMessages.replicationPlan : TopologyMessages.replicated,
                    new Object[] { dryRun ? replication.placed().size()
                            : replication.placed().stream().filter(r -> r.error() == null).count(),
                            replication.rows().size(), file.getFileName(), unplaced }));
        }).withExitCode(ok ? CliRunner.OK : CliRunner.FAILED);
    }

    private static Map<String, Object> row(Replication.Row row) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("clone", row.exported());
        view.put("master", row.master());
        view.put("machine", row.machine());
        view.put("activate", row.activate());
        view.put("variables", row.variables());
        view.put(row.placed() ? "placedBy" : "notPlacedBecause", row.reason());
        view.put("newClone", row.newClone());
        view.put("error", row.error());
        return view;
    }

    /** {@code --map CLONE=MACHINE}, each clone once. */
    private static Map<String, String> map(ParsedArguments arguments) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String given : arguments.values("map")) {
            int eq = given.indexOf('=');
            if (eq <= 0 || eq == given.length() - 1) {
                throw arguments.usage(NLS.bind(TopologyMessages.badMap, given));
            }
            if (map.put(given.substring(0, eq), given.substring(eq + 1)) != null) {
                throw arguments.usage(NLS.bind(TopologyMessages.mapTwice, given.substring(0, eq)));
            }
        }
        return map;
    }

    /** {@code --var CLONE:NAME=VALUE} per exported clone. */
    private static Map<String, Map<String, String>> variables(ParsedArguments arguments) {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        for (String var : arguments.values("var")) {
            int colon = var.indexOf(':');
            int eq = colon < 0 ? -1 : var.indexOf('=', colon);
            if (colon <= 0 || eq <= colon + 1) {
                throw arguments.usage(NLS.bind(TopologyMessages.badCloneVar, var));
            }
            result.computeIfAbsent(var.substring(0, colon), c -> new LinkedHashMap<>()).put(var.substring(colon + 1, eq),
                    var.substring(eq + 1));
        }
        return result;
    }
}
