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
import org.encompass.core.query.ServiceUpdateLookup;
import org.encompass.core.query.SiteLookup;
import org.encompass.model.ServiceUpdate;
import org.encompass.model.UpdateMachine;
import org.encompass.server.ServerOperations;

/** Reassignment of resources and service updates (paper, section 3). */
final class UpdateCommands {

    private UpdateCommands() {
    }

    static void register(CommandTable table) {
        table.add(command("reassign", CommandGroup.SCENARIOS).arguments("MACHINE")
                .options(value("to", "MASTER|CLONE"), flag("standby"), flag("destroy-old"), repeatable("var", "NAME=VALUE"))
                .run(UpdateCommands::reassign));
        table.add(command("update start", CommandGroup.SCENARIOS).arguments("MASTER")
                .options(value("on", "MACHINE"), repeatable("var", "NAME=VALUE")).run(UpdateCommands::start));
        table.add(command("update apply", CommandGroup.SCENARIOS)
                .options(value("update", "NAME"), value("path", "PATH"), value("content", "TEXT"), value("content-file", "FILE"),
                        flag("template"), value("pattern", "REGEX"), value("replacement", "TEXT"), value("flags", "FLAGS"),
                        value("description", "TEXT"))
                .run(UpdateCommands::apply));
        table.add(command("update capture", CommandGroup.SCENARIOS).options(value("update", "NAME"), value("as", "NAME"))
                .run(UpdateCommands::capture));
        table.add(command("update rollout", CommandGroup.SCENARIOS)
                .options(value("update", "NAME"), value("batch", "N"), value("machines", "LIST"), flag("continue"))
                .run(UpdateCommands::rollout));
        table.add(command("update rollback", CommandGroup.SCENARIOS).options(value("update", "NAME"), value("machines", "LIST"))
                .run(UpdateCommands::rollback));
        table.add(command("update finish", CommandGroup.SCENARIOS).options(value("update", "NAME"))
                .run(UpdateCommands::finish));
        table.add(command("update show", CommandGroup.SCENARIOS).arguments("[NAME]").run(UpdateCommands::show));
        table.add(command("update list", CommandGroup.SCENARIOS).run(UpdateCommands::list));
        table.alias("updates", "update list");
    }

    private static Result reassign(CommandContext context, ParsedArguments arguments) {
        String machine = arguments.positional(0);
        String to = arguments.required("to", "MASTER|CLONE");
        if (arguments.flag("standby") && arguments.flag("destroy-old")) {
            throw arguments.usage(UpdateMessages.standbyAndDestroy);
        }
        boolean destroyOld = arguments.flag("destroy-old");
        Map<String, String> variables = variables(arguments);
        String old = context.read(site -> {
            var holder = SiteLookup.machine(site, machine).getClone();
            return holder == null ? null : holder.getName();
        });
        String clone;
        if (context.server() != null) {
            clone = new ServerOperations(context.server()).reassign(machine, to, destroyOld, variables, context.monitor());
        } else {
            clone = context.engine().reassign(machine, to, destroyOld, variables, context.monitor());
        }
        Map<String, Object> json = context.read(site -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("machine", SiteLookup.qualifiedName(SiteLookup.machine(site, machine)));
            view.put("clone", ModelViews.clone(SiteLookup.clone(site, clone)));
            view.put("oldClone", old == null ? null : ModelViews.clone(SiteLookup.clone(site, old)));
            return view;
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> oldView = (Map<String, Object>) json.get("oldClone");
        @SuppressWarnings("unchecked")
        Object state = ((Map<String, Object>) json.get("clone")).get("state");
        return Result.line(json, NLS.bind(UpdateMessages.reassigned, new Object[] { json.get("machine"), clone, state,
                old == null ? "-" : old, oldView == null ? "-" : oldView.get("state") }));
    }

    /** {@code --var NAME=VALUE}, repeated. */
    private static Map<String, String> variables(ParsedArguments arguments) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String assignment : arguments.values("var")) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw arguments.usage(NLS.bind(Messages.badAssignment, assignment));
            }
            variables.put(assignment.substring(0, eq), assignment.substring(eq + 1));
        }
        return variables;
    }

    /** The update steps on the repository server ({@code --server}); an update named null is the only one running. */
    private static ServerOperations onServer(CommandContext context) {
        return new ServerOperations(context.server());
    }

    private static Result start(CommandContext context, ParsedArguments arguments) {
        String machine = arguments.value("on"); // none: unassigned, booted once on a free machine
        String name;
        if (context.server() != null) {
            name = onServer(context).updateStart(arguments.positional(0), machine, variables(arguments), context.monitor());
        } else {
            name = context.engine().updateStart(arguments.positional(0), machine, variables(arguments), context.monitor());
        }
        Map<String, Object> view = view(context, name);
        Object on = view.get("maintenanceMachine");
        return Result.line(view, NLS.bind(UpdateMessages.started, new Object[] { name, view.get("maintenanceClone"),
                view.get("maintenanceState"), on == null ? UpdateMessages.unassigned : on }));
    }

    private static Result apply(CommandContext context, ParsedArguments arguments) {
        var item = MasterCommands.item(arguments);
        int applied = context.server() != null
                ? onServer(context).updateApply(arguments.value("update"), item, context.monitor())
                : context.engine().updateApply(arguments.value("update"), List.of(item), context.monitor());
        Map<String, Object> view = view(context, arguments.value("update"));
        return Result.line(view, NLS.bind(UpdateMessages.applied, new Object[] { view.get("name"), applied,
                view.get("maintenanceClone") }));
    }

    private static Result capture(CommandContext context, ParsedArguments arguments) {
        String master = context.server() != null
                ? onServer(context).updateCapture(arguments.value("update"), arguments.value("as"), context.monitor())
                : context.engine().updateCapture(arguments.value("update"), arguments.value("as"), context.monitor());
        Map<String, Object> view = view(context, arguments.value("update") == null ? nameOf(context, master) : arguments.value("update"));
        Map<String, Object> masterView = context.read(site -> ModelViews.master(SiteLookup.master(site, master), false));
        return Result.line(view, NLS.bind(UpdateMessages.capturedNew, new Object[] { view.get("name"), master,
                masterView.get("version"), masterView.get("parent") }));
    }

    /** The update that captured {@code newMaster}. */
    private static String nameOf(CommandContext context, String newMaster) {
        return context.read(site -> site.getUpdates().stream().filter(u -> newMaster.equals(u.getNewMaster()))
                .map(ServiceUpdate::getName).findFirst().orElseThrow());
    }

    private static Result rollout(CommandContext context, ParsedArguments arguments) {
        String update = name(context, arguments.value("update"));
        int batch = arguments.intValue("batch", 1, 1);
        if (context.server() != null) {
            onServer(context).updateRollout(update, batch, machines(arguments), arguments.flag("continue"), context.monitor());
        } else {
            context.engine().updateRollout(update, batch, machines(arguments), arguments.flag("continue"), context.monitor());
        }
        return phaseResult(context, update);
    }

    private static Result rollback(CommandContext context, ParsedArguments arguments) {
        String update = name(context, arguments.value("update"));
        if (context.server() != null) {
            onServer(context).updateRollback(update, machines(arguments), context.monitor());
        } else {
            context.engine().updateRollback(update, machines(arguments), context.monitor());
        }
        return phaseResult(context, update);
    }

    private static Result finish(CommandContext context, ParsedArguments arguments) {
        String update = name(context, arguments.value("update"));
        int destroyed = context.server() != null ? onServer(context).updateFinish(update, context.monitor())
                : context.engine().updateFinish(update, context.monitor());
        return Result.line(view(context, update), NLS.bind(UpdateMessages.finished, update, destroyed));
    }

    private static Result show(CommandContext context, ParsedArguments arguments) {
        String update = arguments.positionals().isEmpty() ? null : arguments.positional(0);
        Map<String, Object> view = view(context, update);
        return Result.of(view, out -> print(view, out));
    }

    private static Result list(CommandContext context, ParsedArguments arguments) {
        List<Map<String, Object>> views = context.read(site -> {
            List<Map<String, Object>> all = new ArrayList<>();
            site.getUpdates().forEach(u -> all.add(view(u, site)));
            return all;
        });
        return Result.of(Map.of("updates", views), out -> {
            if (views.isEmpty()) {
                out.println(UpdateMessages.noUpdates);
                return;
            }
            TextTable table = new TextTable("UPDATE", "PHASE", "OLD MASTER", "NEW MASTER", "MACHINES");
            views.forEach(v -> table.row(v.get("name"), v.get("phase"), v.get("oldMaster"), v.get("newMaster"),
                    ((List<?>) v.get("machines")).size()));
            table.print(out);
        });
    }

    /** The update's name: as given, or the only running one (resolved now, so a later phase change keeps it). */
    private static String name(CommandContext context, String given) {
        return context.read(site -> ServiceUpdateLookup.find(site, given).getName());
    }

    /** {@code --machines a,b,c}, or empty for all. */
    private static List<String> machines(ParsedArguments arguments) {
        String list = arguments.value("machines");
        if (list == null) {
            return List.of();
        }
        List<String> machines = new ArrayList<>();
        for (String machine : list.split(",")) {
            if (machine.isBlank()) {
                throw arguments.usage(NLS.bind(UpdateMessages.badMachines, list));
            }
            machines.add(machine.strip());
        }
        return machines;
    }

    private static Result phaseResult(CommandContext context, String update) {
        Map<String, Object> view = view(context, update);
        return Result.of(view, out -> print(view, out));
    }

    private static Map<String, Object> view(CommandContext context, String update) {
        return context.read(site -> view(ServiceUpdateLookup.find(site, update), site));
    }

    static Map<String, Object> view(ServiceUpdate update, org.encompass.model.Site site) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", update.getName());
        view.put("phase", update.getPhase().getName());
        view.put("oldMaster", update.getOldMaster());
        view.put("maintenanceClone", update.getMaintenanceClone());
        view.put("maintenanceState", SiteLookup.findClone(site, update.getMaintenanceClone())
                .map(c -> ModelViews.clone(c).get("state")).orElse(null));
        view.put("maintenanceMachine", update.getMaintenanceMachine());
        view.put("newMaster", update.getNewMaster());
        view.put("appliedItems", update.getAppliedItems());
        view.put("started", update.getStarted());
        view.put("message", update.getMessage());
        List<Map<String, Object>> machines = new ArrayList<>();
        for (UpdateMachine row : update.getMachines()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("machine", row.getMachine());
            m.put("status", row.getStatus().getName());
            m.put("oldClone", row.getOldClone());
            m.put("oldState", state(site, row.getOldClone()));
            m.put("newClone", row.getNewClone());
            m.put("newState", state(site, row.getNewClone()));
            m.put("message", row.getMessage());
            machines.add(m);
        }
        view.put("machines", machines);
        return view;
    }

    private static Object state(org.encompass.model.Site site, String clone) {
        return clone == null || clone.isEmpty() ? null
                : SiteLookup.findClone(site, clone).map(c -> ModelViews.clone(c).get("state")).orElse(null);
    }

    private static void print(Map<String, Object> view, java.io.PrintStream out) {
        out.println(NLS.bind(UpdateMessages.phase, view.get("name"), view.get("phase")));
        out.println("  old master:  " + view.get("oldMaster"));
        out.println("  maintenance: " + view.get("maintenanceClone") + " (" + view.get("maintenanceState") + ")"
                + (view.get("maintenanceMachine") == null ? "" : " on " + view.get("maintenanceMachine")));
        out.println("  new master:  " + (view.get("newMaster") == null ? "-" : view.get("newMaster")));
        if (view.get("message") != null) {
            out.println("  stopped:     " + view.get("message"));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> machines = (List<Map<String, Object>>) view.get("machines");
        if (!machines.isEmpty()) {
            TextTable table = new TextTable("MACHINE", "STATUS", "OLD CLONE", "OLD STATE", "NEW CLONE", "NEW STATE");
            machines.forEach(m -> table.row(m.get("machine"), m.get("status"), m.get("oldClone"), m.get("oldState"),
                    m.get("newClone") == null ? "-" : m.get("newClone"), m.get("newState") == null ? "-" : m.get("newState")));
            table.print(out);
        }
    }
}
