package org.encompass.cli.internal;

import static org.encompass.cli.internal.CommandSpec.command;
import static org.encompass.cli.internal.OptionSpec.flag;
import static org.encompass.cli.internal.OptionSpec.repeatable;
import static org.encompass.cli.internal.OptionSpec.value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.encompass.core.DeployRequest;
import org.encompass.core.DeployResult;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.spi.CloneMethod;
import org.encompass.server.ServerOperations;
import org.encompass.server.ServerRequests;

/** The composite scenarios of the paper's section 3: deploy and migrate. */
final class ScenarioCommands {

    private ScenarioCommands() {
    }

    static void register(CommandTable table) {
        table.add(command("deploy", CommandGroup.SCENARIOS).arguments("MASTER", "MACHINE...")
                .options(value("method", "METHOD"), repeatable("var", "MACHINE:NAME=VALUE"), flag("no-activate"))
                .run(ScenarioCommands::deploy));
        table.add(command("migrate", CommandGroup.SCENARIOS).arguments("CLONE", "MACHINE").run((context, arguments) -> {
            String clone = arguments.positional(0);
            if (context.server() != null) {
                context.server().run(ServerRequests.MIGRATE, clone, Map.of("machine", arguments.positional(1)),
                        context.monitor());
            } else {
                context.engine().migrate(clone, arguments.positional(1), context.monitor());
            }
            return PlacementCommands.stateResult(context, clone);
        }));
    }

    private static Result deploy(CommandContext context, ParsedArguments arguments) {
        String master = arguments.positional(0);
        List<String> machines = arguments.positionalsFrom(1);
        CloneMethod method = arguments.enumValue("method", CloneMethod.class, null);
        Map<String, Map<String, String>> variables = variables(arguments, machines);
        boolean activate = !arguments.flag("no-activate");
        DeployResult result = context.server() != null
                ? new ServerOperations(context.server()).deploy(new DeployRequest(master, machines, method, variables, activate),
                        context.monitor())
                : context.engine().deploy(new DeployRequest(master, machines, method, variables, activate), context.monitor());
        List<Map<String, Object>> outcomes = context.read(site -> {
            List<Map<String, Object>> views = new ArrayList<>();
            for (DeployResult.MachineOutcome outcome : result.outcomes()) {
                Map<String, Object> view = new LinkedHashMap<>();
                view.put("machine", outcome.machine());
                view.put("clone", outcome.cloneName());
                view.put("succeeded", outcome.succeeded());
                view.put("error", outcome.error());
                view.put("state", outcome.cloneName() == null ? null
                        : SiteLookup.findClone(site, outcome.cloneName()).map(c -> ModelViews.clone(c).get("state")).orElse(null));
                views.add(view);
            }
            return views;
        });
        for (DeployResult.MachineOutcome outcome : result.outcomes()) {
            if (!outcome.succeeded()) {
                context.err().println("encompass: " + NLS.bind(Messages.deployFailed, outcome.machine(), outcome.error()));
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("master", master);
        json.put("activate", activate);
        json.put("succeeded", result.succeeded());
        json.put("outcomes", outcomes);
        if (result.plan() != null) {
            json.put("strategy", result.plan().strategy().name());
        }
        return Result.of(json, out -> {
            if (result.plan() != null && result.plan().cascading()) {
                out.println(result.plan().explanation().get(result.plan().explanation().size() - 1));
            }
            TextTable table = new TextTable("MACHINE", "CLONE", "STATE", "RESULT");
            outcomes.forEach(o -> table.row(o.get("machine"), o.get("clone"), o.get("state"),
                    Boolean.TRUE.equals(o.get("succeeded")) ? Messages.ok : o.get("error")));
            table.print(out);
        }).withExitCode(result.succeeded() ? CliRunner.OK : CliRunner.FAILED);
    }

    /** {@code --var MACHINE:NAME=VALUE} per machine; the machine must be one of those deployed onto. */
    static Map<String, Map<String, String>> variables(ParsedArguments arguments, List<String> machines) {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        for (String var : arguments.values("var")) {
            int colon = var.indexOf(':');
            int eq = colon < 0 ? -1 : var.indexOf('=', colon);
            if (colon <= 0 || eq <= colon + 1) {
                throw arguments.usage(NLS.bind(Messages.badVar, var));
            }
            String machine = var.substring(0, colon);
            if (!machines.contains(machine)) {
                throw arguments.usage(NLS.bind(Messages.varMachineNotDeployed, machine, String.join(", ", machines)));
            }
            result.computeIfAbsent(machine, m -> new LinkedHashMap<>()).put(var.substring(colon + 1, eq), var.substring(eq + 1));
        }
        return result;
    }
}
