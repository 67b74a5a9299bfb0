package org.encompass.cli.internal;

import static org.encompass.cli.internal.CommandSpec.command;
import static org.encompass.cli.internal.OptionSpec.flag;
import static org.encompass.cli.internal.OptionSpec.repeatable;
import static org.encompass.cli.internal.OptionSpec.value;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.CustomizationBackend;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.ClonePlan;
import org.encompass.core.spi.CloneMethod;
import org.encompass.model.Clone;
import org.encompass.model.CustomizationItem;
import org.encompass.model.Master;
import org.encompass.model.TerminalState;

/** Cloning, listing and showing clones, their customization data, and staged customization. */
final class CloneCommands {

    private CloneCommands() {
    }

    static void register(CommandTable table) {
        table.add(command("clone", CommandGroup.CLONES).arguments("MASTER")
                .options(value("count", "N"), value("method", "METHOD"), value("storage", "DEVICE"), flag("explain"))
                .run(CloneCommands::cloneMaster));
        table.add(command("clone list", CommandGroup.CLONES).options(value("master", "MASTER"), flag("all"))
                .run(CloneCommands::list));
        table.add(command("clone show", CommandGroup.CLONES).arguments("NAME").run(CloneCommands::show));
        table.add(command("set-var", CommandGroup.CLONES).arguments("CLONE", "[NAME=VALUE...]")
                .options(repeatable("unset", "NAME")).run(CloneCommands::setVariables));
        table.add(command("customize apply", CommandGroup.CLONES).arguments("CLONE").options(value("to", "K"))
                .run(CloneCommands::apply));
        table.add(command("customize rollback", CommandGroup.CLONES).arguments("CLONE")
                .options(value("to", "K"), flag("force")).run(CloneCommands::rollback));
        table.alias("clones", "clone list");
    }

    private static Result cloneMaster(CommandContext context, ParsedArguments arguments) {
        String master = arguments.positional(0);
        int count = arguments.intValue("count", 1, 1);
        CloneMethod method = arguments.enumValue("method", CloneMethod.class, null);
        String storage = arguments.value("storage");
        if (storage != null && (count > 1 || arguments.flag("explain"))) {
            throw new UsageException("--storage makes one seed clone: not with --count or --explain");
        }
        ClonePlan plan = context.engine().planClones(master, count, method);
        if (arguments.flag("explain")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("master", master);
            json.put("count", count);
            json.put("strategy", plan.strategy().name());
            json.put("directSeconds", plan.directSeconds());
            json.put("cascadeSeconds", plan.cascadeSeconds());
            json.put("explanation", plan.explanation());
            return Result.of(json, out -> plan.explanation().forEach(out::println));
        }
        List<String> names;
        if (context.server() != null) {
            if (count != 1 || storage != null) {
                throw new org.encompass.core.EncompassException("the repository server clones one at a time, on the master's device, for now: "
                        + "leave out --count and --storage");
            }
            names = List.of(context.server().run(Operation.CLONE.label(), master,
                    method == null ? Map.of() : Map.of("method", method.name()), context.monitor()));
        } else {
            names = count == 1 ? List.of(context.engine().cloneMaster(master, method, storage, context.monitor()))
                    : context.engine().cloneMaster(master, count, method, context.monitor());
        }
        List<Map<String, Object>> clones = context.read(site -> names.stream()
                .map(n -> ModelViews.clone(SiteLookup.clone(site, n))).toList());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("master", master);
        json.put("clones", clones);
        json.put("strategy", plan.strategy().name());
        return Result.of(json, out -> {
            if (count > 1) {
                out.println(plan.explanation().get(plan.explanation().size() - 1));
            }
            out.println(NLS.bind(Messages.cloned, master, names.size()));
            printCloneTable(clones, out);
        });
    }

    private static Result list(CommandContext context, ParsedArguments arguments) {
        String master = arguments.value("master");
        boolean all = arguments.flag("all");
        List<Map<String, Object>> clones = context.read(site -> {
            List<Clone> candidates = master == null ? site.getClones() : SiteLookup.master(site, master).getClones();
            return candidates.stream().filter(c -> all || c.getTerminalState() == TerminalState.NONE)
                    .map(ModelViews::clone).toList();
        });
        return Result.of(Map.of("clones", clones), out -> {
            if (clones.isEmpty()) {
                out.println(Messages.noClones);
            } else {
                printCloneTable(clones, out);
            }
        });
    }

    @SuppressWarnings("unchecked")
    static void printCloneTable(List<Map<String, Object>> clones, PrintStream out) {
        TextTable table = new TextTable("NAME", "MASTER", "STATE", "MACHINE", "METHOD", "ITEMS", "VARIABLES");
        for (Map<String, Object> c : clones) {
            Map<String, Object> customization = (Map<String, Object>) c.get("customization");
            table.row(c.get("name"), c.get("master"), c.get("state"), c.get("machine"), c.get("method"),
                    customization.get("pointer") + "/" + customization.get("items"),
                    variables((Map<String, Object>) c.get("variables")));
        }
        table.print(out);
    }

    private static String variables(Map<String, Object> variables) {
        List<String> pairs = new ArrayList<>();
        variables.forEach((name, value) -> pairs.add(name + "=" + value));
        return String.join(" ", pairs);
    }

    private static Result show(CommandContext context, ParsedArguments arguments) {
        String name = arguments.positional(0);
        Map<String, Object> view = context.read(site -> {
            Clone clone = SiteLookup.clone(site, name);
            Map<String, Object> result = ModelViews.clone(clone);
            List<Object> items = new ArrayList<>();
            Master master = clone.getMaster();
            if (master != null) {
                int number = 1;
                for (CustomizationItem item : master.getCustomizationItems()) {
                    Map<String, Object> itemView = ModelViews.item(number, item);
                    itemView.put("applied", number <= clone.getCustomizationPointer());
                    items.add(itemView);
                    number++;
                }
            }
            result.put("items", items);
            result.put("backend", CustomizationBackend.of(clone));
            return result;
        });
        return Result.of(view, out -> printClone(view, out));
    }

    @SuppressWarnings("unchecked")
    private static void printClone(Map<String, Object> view, PrintStream out) {
        Map<String, Object> customization = (Map<String, Object>) view.get("customization");
        List<String> allowed = (List<String>) view.get("allowed");
        new Details().add("Clone", view.get("name")).add("Master", view.get("master")).add("State", view.get("state"))
                .add("Machine", view.get("machine"))
                .add("Image", view.get("location") + " (" + view.get("format") + ", " + view.get("method") + ", on "
                        + view.get("storage") + ")")
                .add("Backing file", view.get("backingLocation")).add("Created", view.get("created"))
                .add("First boot", view.get("firstBoot")).add("Captured as", view.get("capturedAs"))
                .add("Variables", variables((Map<String, Object>) view.get("variables")))
                .add("Customization", NLS.bind(Messages.pointer, customization.get("pointer"), customization.get("items")))
                .add("Customized by", view.get("backend"))
                .add("Allowed", allowed.isEmpty() ? Messages.lifecycleNone : String.join(", ", allowed)).print(out);
        List<Map<String, Object>> items = (List<Map<String, Object>>) view.get("items");
        if (!items.isEmpty()) {
            out.println();
            for (Map<String, Object> item : items) {
                out.println((Boolean.TRUE.equals(item.get("applied")) ? "  [x] " : "  [ ] ") + item.get("number") + ". "
                        + MasterCommands.describeItem(item));
            }
        }
    }

    private static Result setVariables(CommandContext context, ParsedArguments arguments) {
        String clone = arguments.positional(0);
        Map<String, String> variables = new LinkedHashMap<>();
        for (String assignment : arguments.positionalsFrom(1)) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw arguments.usage(NLS.bind(Messages.badAssignment, assignment));
            }
            variables.put(assignment.substring(0, eq), assignment.substring(eq + 1));
        }
        for (String name : arguments.values("unset")) {
            if (variables.containsKey(name)) {
                throw arguments.usage(NLS.bind(Messages.setAndUnset, name));
            }
            variables.put(name, null); // the engine removes variables whose value is null
        }
        if (variables.isEmpty()) {
            throw arguments.usage(Messages.nothingToSet);
        }
        context.engine().setVariables(clone, variables);
        Map<String, Object> view = context.read(site -> ModelViews.clone(SiteLookup.clone(site, clone)));
        @SuppressWarnings("unchecked")
        Map<String, Object> now = (Map<String, Object>) view.get("variables");
        return Result.line(view, NLS.bind(Messages.variablesSet, clone, now.isEmpty() ? Messages.noVariables : variables(now)));
    }

    private static Result apply(CommandContext context, ParsedArguments arguments) {
        String clone = arguments.positional(0);
        int target = arguments.has("to") ? arguments.intValue("to", 0, 0)
                : context.read(site -> {
                    Clone c = SiteLookup.clone(site, clone);
                    return c.getMaster() == null ? 0 : c.getMaster().getCustomizationItems().size();
                });
        if (context.server() != null) {
            context.server().run(Operation.CUSTOMIZE_APPLY.label(), clone, Map.of("target", Integer.toString(target)),
                    context.monitor());
        } else {
            context.engine().customizeApply(clone, target, context.monitor());
        }
        return pointerResult(context, clone);
    }

    private static Result rollback(CommandContext context, ParsedArguments arguments) {
        String clone = arguments.positional(0);
        int target = arguments.intValue("to", 0, 0);
        if (context.server() != null && !arguments.flag("force")) {
            context.server().run(Operation.CUSTOMIZE_ROLLBACK.label(), clone, Map.of("target", Integer.toString(target)),
                    context.monitor());
        } else {
            context.engine().customizeRollback(clone, target, arguments.flag("force"), context.monitor());
        }
        return pointerResult(context, clone);
    }

    private static Result pointerResult(CommandContext context, String clone) {
        Map<String, Object> view = context.read(site -> ModelViews.clone(SiteLookup.clone(site, clone)));
        @SuppressWarnings("unchecked")
        Map<String, Object> customization = (Map<String, Object>) view.get("customization");
        return Result.line(view, NLS.bind(Messages.customized, clone,
                NLS.bind(Messages.pointer, customization.get("pointer"), customization.get("items"))));
    }
}
