package org.encompass.cli.internal;

import static org.encompass.cli.internal.CommandSpec.command;
import static org.encompass.cli.internal.OptionSpec.flag;
import static org.encompass.cli.internal.OptionSpec.value;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.encompass.core.EncompassException;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.spi.CloneMethod;
import org.encompass.model.Chassis;
import org.encompass.model.HypervisorHost;
import org.encompass.model.Machine;

/** Storage devices, hypervisor hosts and their machines. */
final class InventoryCommands {
    static final String FILE_KIND = "file";
    static final String DEFAULT_HOST_KIND = "libvirt";

    private InventoryCommands() {
    }

    static void register(CommandTable table) {
        table.add(command("storage add", CommandGroup.INVENTORY).arguments("NAME")
                .options(value("kind", "KIND"), value("location", "LOCATION"), value("default-method", "METHOD"))
                .run(InventoryCommands::addStorage));
        table.add(command("storage list", CommandGroup.INVENTORY).run(InventoryCommands::listStorage));
        table.add(command("host add", CommandGroup.INVENTORY).arguments("NAME")
                .options(value("uri", "URI"), value("kind", "KIND")).run(InventoryCommands::addHost));
        table.add(command("host list", CommandGroup.INVENTORY).run(InventoryCommands::listHosts));
        table.add(command("host refresh", CommandGroup.INVENTORY).arguments("NAME").run(InventoryCommands::refreshHost));
        table.add(command("machine list", CommandGroup.INVENTORY).options(value("host", "HOST"), flag("free"))
                .run(InventoryCommands::listMachines));
        table.add(command("machine show", CommandGroup.INVENTORY).arguments("MACHINE").run(InventoryCommands::showMachine));
        table.alias("hosts", "host list").alias("machines", "machine list");
    }

    private static Result addStorage(CommandContext context, ParsedArguments arguments) {
        String name = arguments.positional(0);
        String kind = arguments.required("kind", "KIND");
        String location = arguments.required("location", "LOCATION");
        CloneMethod method = arguments.enumValue("default-method", CloneMethod.class, null);
        if (FILE_KIND.equals(kind)) {
            // The directory must mean the same to every later run and to the console, whatever their
            // working directory: store it absolute.
            try {
                location = Path.of(location).toAbsolutePath().normalize().toString();
            } catch (InvalidPathException e) {
                throw arguments.usage(NLS.bind(Messages.badPath, "--location", location));
            }
        }
        if (context.server() != null) {
            Map<String, String> request = new java.util.LinkedHashMap<>(Map.of("kind", kind, "location", location));
            if (method != null) {
                request.put("method", method.name());
            }
            context.server().run(Operation.ADD_STORAGE.label(), name, request, context.monitor());
        } else {
            context.engine().addStorage(name, kind, location, method, context.monitor());
        }
        Map<String, Object> view = context.read(site -> ModelViews.storage(SiteLookup.storage(site, name), site));
        return Result.line(view, NLS.bind(Messages.storageAdded,
                new Object[] { name, kind, view.get("location"), view.get("defaultMethod") }));
    }

    private static Result listStorage(CommandContext context, ParsedArguments arguments) {
        List<Map<String, Object>> devices = context.read(site -> site.getStorageDevices().stream()
                .map(d -> ModelViews.storage(d, site)).toList());
        return Result.of(Map.of("storageDevices", devices), out -> {
            TextTable table = new TextTable("NAME", "KIND", "LOCATION", "DEFAULT-METHOD", "MASTERS", "CLONES");
            devices.forEach(d -> table.row(d.get("name"), d.get("kind"), d.get("location"), d.get("defaultMethod"),
                    d.get("masters"), d.get("clones")));
            printOrNone(table, out, Messages.noStorage);
        });
    }

    private static Result addHost(CommandContext context, ParsedArguments arguments) {
        String name = arguments.positional(0);
        String uri = arguments.required("uri", "URI");
        String kind = arguments.value("kind", DEFAULT_HOST_KIND);
        int machines = context.server() != null ? Integer.parseInt(context.server().run(Operation.ADD_HOST.label(), name,
                Map.of("kind", kind, "uri", uri), context.monitor()))
                : context.engine().addHost(name, kind, uri, context.monitor());
        Map<String, Object> view = context.read(site -> ModelViews.host(SiteLookup.host(site, name)));
        return Result.line(view, NLS.bind(Messages.hostAdded, new Object[] { name, kind, uri, machines }));
    }

    private static Result listHosts(CommandContext context, ParsedArguments arguments) {
        List<Map<String, Object>> hosts = context.read(site -> site.getHosts().stream().map(ModelViews::host).toList());
        return Result.of(Map.of("hosts", hosts), out -> {
            TextTable table = new TextTable("NAME", "KIND", "URI", "REACHABLE", "LAST-SEEN", "MACHINES");
            hosts.forEach(h -> table.row(h.get("name"), h.get("kind"), h.get("uri"),
                    Formats.yesNo((Boolean) h.get("reachable")), h.get("lastSeen"), h.get("machines")));
            printOrNone(table, out, Messages.noHosts);
        });
    }

    private static Result refreshHost(CommandContext context, ParsedArguments arguments) {
        String name = arguments.positional(0);
        if (context.server() != null) {
            context.server().run(Operation.REFRESH_HOST.label(), name, Map.of(), context.monitor());
        } else {
            context.engine().refreshHost(name, context.monitor());
        }
        Map<String, Object> view = context.read(site -> ModelViews.host(SiteLookup.host(site, name)));
        return Result.line(view, NLS.bind(Messages.hostRefreshed, name, view.get("machines")));
    }

    private static Result showMachine(CommandContext context, ParsedArguments arguments) {
        String name = arguments.positional(0);
        Map<String, Object> view = context.read(site -> {
            Machine machine = SiteLookup.machine(site, name);
            return machine instanceof org.encompass.model.Blade blade ? ChassisCommands.blade(blade) : ModelViews.machine(machine);
        });
        return Result.of(view, out -> {
            Details details = new Details().add("Machine", view.get("name")).add(view.containsKey("slot") ? "Chassis" : "Host", view.get("host"))
                    .add("UUID", view.get("uuid")).add("Architecture", view.get("architecture"))
                    .add("Resources", view.get("cpus") + " CPUs, " + view.get("memoryMiB") + " MiB, " + view.get("diskGiB") + " GiB disk")
                    .add("MACs", String.join(", ", ModelViews.strings(view.get("macs")))).add("Power", view.get("power"))
                    .add("Reachable", Formats.yesNo((Boolean) view.get("reachable"))).add("Last seen", view.get("lastSeen"));
            if (view.containsKey("slot")) {
                ChassisCommands.addBladeDetails(details, view);
            }
            details.add("Clone", view.get("clone") == null ? null : view.get("clone") + " (" + view.get("cloneState") + ")").print(out);
        });
    }

    private static Result listMachines(CommandContext context, ParsedArguments arguments) {
        String host = arguments.value("host");
        boolean free = arguments.flag("free");
        List<Map<String, Object>> machines = context.read(site -> {
            if (host != null) {
                List<String> known = Stream.concat(site.getHosts().stream().map(HypervisorHost::getName),
                        site.getChassis().stream().map(Chassis::getName)).toList();
                if (!known.contains(host)) {
                    throw new EncompassException(known.isEmpty() ? NLS.bind(Messages.unknownHostNone, host)
                            : NLS.bind(Messages.unknownHost, host, String.join(", ", known)));
                }
            }
            List<Map<String, Object>> result = new ArrayList<>();
            for (Machine machine : SiteLookup.machines(site).toList()) {
                Map<String, Object> view = ModelViews.machine(machine);
                if ((host == null || host.equals(view.get("host"))) && (!free || machine.getClone() == null)) {
                    result.add(view);
                }
            }
            return result;
        });
        return Result.of(Map.of("machines", machines), out -> {
            TextTable table = new TextTable("MACHINE", "ARCH", "CPUS", "MEMORY", "POWER", "REACHABLE", "CLONE", "STATE");
            machines.forEach(m -> table.row(m.get("name"), m.get("architecture"), m.get("cpus"),
                    Formats.bytes(((Number) m.get("memoryMiB")).longValue() * 1024 * 1024), m.get("power"),
                    Formats.yesNo((Boolean) m.get("reachable")), m.get("clone"), m.get("cloneState")));
            printOrNone(table, out, free ? Messages.noFreeMachines : Messages.noMachines);
        });
    }

    static void printOrNone(TextTable table, java.io.PrintStream out, String none) {
        if (table.isEmpty()) {
            out.println(none);
        } else {
            table.print(out);
        }
    }
}
