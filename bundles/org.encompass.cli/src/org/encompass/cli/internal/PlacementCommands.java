package org.encompass.cli.internal;

import static org.encompass.cli.internal.CommandSpec.command;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.encompass.core.Engine;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.SiteLookup;

/** The lifecycle transitions of one clone (docs/lifecycle.md, "Operations"). */
final class PlacementCommands {

    /** One engine call on a clone. */
    @FunctionalInterface
    private interface Transition {
        void run(Engine engine, String clone, IProgressMonitor monitor);
    }

    private PlacementCommands() {
    }

    static void register(CommandTable table) {
        table.add(command("assign", CommandGroup.LIFECYCLE).arguments("CLONE", "MACHINE").run((context, arguments) -> {
            String machine = arguments.positional(1);
            return transition(context, arguments, Operation.ASSIGN, Map.of("machine", machine),
                    (engine, clone, monitor) -> engine.assign(clone, machine, monitor));
        }));
        table.add(command("attach", CommandGroup.LIFECYCLE).arguments("CLONE")
                .run((c, a) -> transition(c, a, Operation.ATTACH, Map.of(), Engine::attach)));
        table.add(command("activate", CommandGroup.LIFECYCLE).arguments("CLONE")
                .run((c, a) -> transition(c, a, Operation.ACTIVATE, Map.of(), Engine::activate)));
        table.add(command("deactivate", CommandGroup.LIFECYCLE).arguments("CLONE")
                .run((c, a) -> transition(c, a, Operation.DEACTIVATE, Map.of(), Engine::deactivate)));
        table.add(command("detach", CommandGroup.LIFECYCLE).arguments("CLONE")
                .run((c, a) -> transition(c, a, Operation.DETACH, Map.of(), Engine::detach)));
        table.add(command("unassign", CommandGroup.LIFECYCLE).arguments("CLONE")
                .run((c, a) -> transition(c, a, Operation.UNASSIGN, Map.of(), Engine::unassign)));
        table.add(command("reconfigure", CommandGroup.LIFECYCLE).arguments("CLONE")
                .run((c, a) -> transition(c, a, Operation.RECONFIGURE, Map.of(), Engine::reconfigure)));
        table.add(command("capture", CommandGroup.LIFECYCLE).arguments("CLONE", "NEW_MASTER")
                .run(PlacementCommands::capture));
        table.add(command("destroy", CommandGroup.LIFECYCLE).arguments("CLONE")
                .run((c, a) -> transition(c, a, Operation.DESTROY, Map.of(), Engine::destroy)));
    }

    /** Runs the transition and reports the clone's state afterwards, as the repository now holds it. */
    private static Result transition(CommandContext context, ParsedArguments arguments, Operation operation,
            Map<String, String> operationArguments, Transition transition) {
        String clone = arguments.positional(0);
        if (context.server() != null) {
            context.server().run(operation.label(), clone, operationArguments, context.monitor());
        } else {
            transition.run(context.engine(), clone, context.monitor());
        }
        return stateResult(context, clone);
    }

    static Result stateResult(CommandContext context, String clone) {
        Map<String, Object> view = context.read(site -> ModelViews.clone(SiteLookup.clone(site, clone)));
        Object machine = view.get("machine");
        String line = machine == null ? NLS.bind(Messages.cloneState, clone, view.get("state"))
                : NLS.bind(Messages.cloneStateOn, new Object[] { clone, view.get("state"), machine });
        return Result.line(view, line);
    }

    private static Result capture(CommandContext context, ParsedArguments arguments) {
        String clone = arguments.positional(0);
        String newMaster = arguments.positional(1);
        if (context.server() != null) {
            context.server().run(Operation.CAPTURE.label(), clone, Map.of("master", newMaster), context.monitor());
        } else {
            newMaster = context.engine().capture(clone, newMaster, context.monitor());
        }
        String captured = newMaster;
        Map<String, Object> json = context.read(site -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("clone", ModelViews.clone(SiteLookup.clone(site, clone)));
            view.put("master", ModelViews.master(SiteLookup.master(site, captured), false));
            return view;
        });
        @SuppressWarnings("unchecked")
        Object parent = ((Map<String, Object>) json.get("master")).get("parent");
        return Result.line(json, NLS.bind(Messages.captured, new Object[] { clone, captured, parent }));
    }
}
