package org.encompass.cli.internal;

import static org.encompass.cli.internal.CommandSpec.command;
import static org.encompass.cli.internal.OptionSpec.value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.encompass.core.EncompassException;
import org.encompass.core.drivers.DriverDescriptor;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.json.JsonReader;
import org.encompass.core.query.SiteSummary;
import org.encompass.core.lifecycle.CloneState;
import org.encompass.model.Placement;
import org.encompass.model.Site;
import org.encompass.server.ServerRequests;

/** {@code init}, {@code status}, {@code lifecycle}, {@code drivers} and {@code help}. */
final class SiteCommands {
    static final String DEFAULT_SITE = "default";
    private static final Pattern SITE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private SiteCommands() {
    }

    static void register(CommandTable table) {
        table.add(command("init", CommandGroup.SITE).options(value("site", "NAME")).run(SiteCommands::init));
        table.add(command("status", CommandGroup.SITE).run(SiteCommands::status));
        table.add(command("lifecycle", CommandGroup.SITE).offline().run(SiteCommands::lifecycle));
        table.add(command("drivers", CommandGroup.SITE).offline().run(SiteCommands::drivers));
        table.add(command("help", CommandGroup.SITE).arguments("[COMMAND...]").offline().run(SiteCommands::help));
    }

    /** The site a new repository gets: {@code init --site NAME}'s, else {@value #DEFAULT_SITE}. */
    static String siteToCreate(CommandSpec command, ParsedArguments arguments) {
        if (!"init".equals(command.name()) || !arguments.has("site")) {
            return DEFAULT_SITE;
        }
        String name = arguments.value("site");
        if (!SITE_NAME.matcher(name).matches()) {
            throw arguments.usage(NLS.bind(Messages.badSiteName, name));
        }
        return name;
    }

    private static Result init(CommandContext context, ParsedArguments arguments) {
        RepositorySession repository = context.repository();
        String site = context.read(Site::getName);
        String before = repository.siteBefore();
        if (before != null && arguments.has("site") && !before.equals(arguments.value("site"))) {
            throw new EncompassException(NLS.bind(Messages.siteExists, repository.describe(), before));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("site", site);
        json.put("created", before == null);
        json.put("repository", repository.describe());
        return Result.line(json, NLS.bind(before == null ? Messages.initCreated : Messages.initExisting, site,
                repository.describe()));
    }

    private static Result status(CommandContext context, ParsedArguments arguments) {
        String repository = context.repository().describe();
        Map<String, Object> json = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : summary(context).entrySet()) {
            json.put(entry.getKey(), entry.getValue());
            if (entry.getKey().equals("site")) {
                json.put("repository", repository);
            }
        }
        return Result.of(json, out -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> masters = (Map<String, Object>) json.get("masters");
            @SuppressWarnings("unchecked")
            Map<String, Object> clones = (Map<String, Object>) json.get("clones");
            @SuppressWarnings("unchecked")
            Map<String, Object> machines = (Map<String, Object>) json.get("machines");
            @SuppressWarnings("unchecked")
            Map<String, Object> journal = (Map<String, Object>) json.get("journal");
            new Details().add("Site", json.get("site")).add("Repository", repository)
                    .add("Storage devices", json.get("storageDevices")).add("Hosts", json.get("hosts"))
                    .add("Masters", masters.get("total") + " (" + masters.get("retired") + " retired)")
                    .add("Machines", machines.get("total") + " (" + machines.get("free") + " free, " + machines.get("used")
                            + " used, " + machines.get("unreachable") + " unreachable)")
                    .add("Clones", clones.get("live") + " live, " + clones.get("destroyed") + " destroyed, "
                            + clones.get("captured") + " captured")
                    .add("Journal", journal.get("entries") + " entries, " + journal.get("failed") + " failed, "
                            + journal.get("interrupted") + " interrupted")
                    .print(out);
            out.println();
            List<String> headers = new ArrayList<>(List.of("METASTATE"));
            for (Placement p : Placement.VALUES) {
                headers.add(p.getName());
            }
            TextTable table = new TextTable(headers.toArray(String[]::new));
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> byState = (Map<String, Map<String, Object>>) clones.get("byState");
            byState.forEach((metastate, row) -> {
                List<Object> cells = new ArrayList<>(List.of(metastate));
                cells.addAll(row.values());
                table.row(cells.toArray());
            });
            table.print(out);
            if (((Number) journal.get("interrupted")).longValue() > 0) {
                out.println();
                out.println(NLS.bind(Messages.interruptedFound, journal.get("interrupted")));
            }
        });
    }

    /**
     * The site's counts: from the repository server when connected to one (it counts where the objects are: reading
     * every object over the connection took 14 s with 50,000 clones), else counted here.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> summary(CommandContext context) {
        if (context.server() != null) {
            return (Map<String, Object>) JsonReader.parse(context.server().run(ServerRequests.STATUS, "", Map.of()));
        }
        return context.read(SiteSummary::of);
    }

    private static Result lifecycle(CommandContext context, ParsedArguments arguments) {
        Map<CloneState, List<LifecycleTable.Step>> table = LifecycleTable.build();
        List<Object> states = new ArrayList<>();
        table.forEach((state, steps) -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("state", state.toString());
            view.put("metastate", state.isTerminal() ? null : state.metastate());
            view.put("placement", state.isTerminal() ? null : state.placement());
            view.put("terminal", state.terminal());
            List<Object> operations = new ArrayList<>();
            for (LifecycleTable.Step step : steps) {
                Map<String, Object> operation = new LinkedHashMap<>();
                operation.put("operation", step.operation().label());
                operation.put("next", step.next().toString());
                operations.add(operation);
            }
            view.put("operations", operations);
            states.add(view);
        });
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("initial", CloneState.NEW.toString());
        json.put("states", states);
        return Result.of(json, out -> {
            out.println(NLS.bind(Messages.lifecycleIntro, CloneState.NEW));
            out.println();
            TextTable text = new TextTable("STATE", "ALLOWED OPERATIONS");
            table.forEach((state, steps) -> text.row(state, steps.isEmpty() ? Messages.lifecycleNone
                    : String.join(", ", steps.stream().map(s -> s.next().equals(state) ? s.operation().label()
                            : s.operation().label() + " -> " + s.next()).toList())));
            text.print(out);
        });
    }

    private static Result drivers(CommandContext context, ParsedArguments arguments) {
        List<Object> drivers = new ArrayList<>();
        addDrivers(drivers, "storage", Drivers.storage().descriptors(), "cloneMethods");
        addDrivers(drivers, "hypervisor", Drivers.hypervisors().descriptors(), "uriSchemes");
        addDrivers(drivers, "blade", Drivers.blades().descriptors(), "protocols");
        addDrivers(drivers, "discovery", Drivers.discovery().descriptors(), null);
        Map<String, Object> json = Map.of("drivers", drivers);
        return Result.of(json, out -> {
            if (drivers.isEmpty()) {
                out.println(Messages.noDrivers);
                return;
            }
            TextTable table = new TextTable("TYPE", "KIND", "NAME", "CAPABILITIES", "BUNDLE");
            for (Object driver : drivers) {
                @SuppressWarnings("unchecked")
                Map<String, Object> view = (Map<String, Object>) driver;
                @SuppressWarnings("unchecked")
                Map<String, List<String>> capabilities = (Map<String, List<String>>) view.get("capabilities");
                String text = String.join("; ", capabilities.entrySet().stream()
                        .map(e -> e.getKey() + " " + String.join(",", e.getValue())).toList());
                table.row(view.get("type"), view.get("kind"), view.get("name"), text, view.get("bundle"));
            }
            table.print(out);
        });
    }

    private static void addDrivers(List<Object> into, String type, List<? extends DriverDescriptor<?>> descriptors,
            String capability) {
        for (DriverDescriptor<?> descriptor : descriptors) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("type", type);
            view.put("kind", descriptor.kind());
            view.put("name", descriptor.name());
            view.put("id", descriptor.id());
            view.put("bundle", descriptor.contributor());
            Map<String, Object> capabilities = new LinkedHashMap<>();
            if (capability != null) {
                capabilities.put(capability, descriptor.listAttribute(capability));
            }
            view.put("capabilities", capabilities);
            into.add(view);
        }
    }

    private static Result help(CommandContext context, ParsedArguments arguments) {
        HelpTexts help = new HelpTexts();
        CommandTable table = context.commands();
        String words = String.join(" ", arguments.positionals());
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8);
        if (words.isEmpty()) {
            help.printOverview(table, out);
        } else if (table.find(words).isPresent()) {
            help.printCommand(table.find(words).get(), table, out);
        } else if (table.isGroup(words)) {
            help.printGroup(words, table, out);
        } else {
            throw new UsageException(NLS.bind(Messages.unknownCommand, words) + Messages.seeGeneralHelp);
        }
        String text = buffer.toString(java.nio.charset.StandardCharsets.UTF_8);
        return Result.of(Map.of("help", text), o -> o.print(text));
    }
}
