package org.encompass.cli.internal;

import static org.encompass.cli.internal.CommandSpec.command;
import static org.encompass.cli.internal.OptionSpec.flag;
import static org.encompass.cli.internal.OptionSpec.repeatable;
import static org.encompass.cli.internal.OptionSpec.value;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.encompass.core.ChassisSlots;
import org.encompass.core.CimChassisAddress;
import org.encompass.core.query.SiteLookup;
import org.encompass.model.Blade;
import org.encompass.model.Chassis;

/**
 * Blade chassis and their blades. For IPMI a chassis is one BMC per slot; its management address
 * {@code ipmi://NAME?SLOT=HOST:PORT&...} is built from the --slot options; for CIM it is one CIM server,
 * {@code cim://NAME?url=URL}. The address is the key of its user and password in secure storage (as a
 * host's URI is).
 */
final class ChassisCommands {
    static final String DEFAULT_KIND = "ipmi";
    /** A CIM chassis is one CIM server; the driver reads its blades from it (cim://NAME?url=URL). */
    static final String CIM_KIND = CimChassisAddress.KIND;

    private ChassisCommands() {
    }

    static void register(CommandTable table) {
        table.add(command("chassis add", CommandGroup.INVENTORY).arguments("NAME")
                .options(value("kind", "KIND"), repeatable("slot", "N=HOST:PORT"), value("url", "URL"), value("user", "USER"),
                        flag("password-stdin"))
                .run(ChassisCommands::add));
        table.add(command("chassis list", CommandGroup.INVENTORY).run(ChassisCommands::list));
        table.add(command("chassis show", CommandGroup.INVENTORY).arguments("NAME").run(ChassisCommands::show));
        table.add(command("chassis remove", CommandGroup.INVENTORY).arguments("NAME").run(ChassisCommands::remove));
        table.add(command("blade list", CommandGroup.INVENTORY).options(value("chassis", "CHASSIS")).run(ChassisCommands::blades));
        table.alias("blades", "blade list");
    }

    private static Result add(CommandContext context, ParsedArguments arguments) {
        String name = arguments.positional(0);
        String kind = arguments.value("kind", DEFAULT_KIND);
        List<String> slots = arguments.values("slot");
        String url = arguments.value("url");
        String address;
        if (CIM_KIND.equals(kind)) {
            if (url == null || !slots.isEmpty()) {
                throw arguments.usage(Messages.chassisNoUrl);
            }
            address = cimAddress(arguments, name, url);
        } else {
            if (url != null) {
                throw arguments.usage(Messages.chassisUrlNotCim);
            }
            if (slots.isEmpty()) {
                throw arguments.usage(Messages.chassisNoSlots);
            }
            address = address(arguments, name, slots);
        }
        String user = arguments.value("user");
        if (context.server() != null) {
            if (arguments.flag("password-stdin")) { // --user is then the server login's
                throw arguments.usage(Messages.chassisCredentialsOnServer);
            }
        } else if (user != null) {
            if (!arguments.flag("password-stdin")) {
                throw arguments.usage(DiscoveryMessages.passwordStdinRequired);
            }
            char[] password = CredentialCommands.readPassword(System.in);
            if (password.length == 0) {
                throw arguments.usage(DiscoveryMessages.noPasswordOnStdin);
            }
            try {
                CredentialCommands.store().set(address, user, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        int blades = context.server() != null ? Integer.parseInt(context.server().run(
                org.encompass.core.lifecycle.Operation.ADD_CHASSIS.label(), name, Map.of("kind", kind, "address", address),
                context.monitor()))
                : context.engine().addChassis(name, kind, address, context.monitor());
        Map<String, Object> view = context.read(site -> chassis(SiteLookup.chassis(site, name)));
        return Result.line(view, NLS.bind(Messages.chassisAdded, new Object[] { name, kind, blades }));
    }

    /** cim://NAME?url=http[s]://HOST:PORT (the protocol's CIM port when none is given). */
    private static String cimAddress(ParsedArguments arguments, String name, String url) {
        try {
            return CimChassisAddress.of(name, url);
        } catch (IllegalArgumentException e) {
            throw arguments.usage(NLS.bind(Messages.chassisBadUrl, url));
        }
    }

    /** ipmi://NAME?1=HOST:PORT&2=..., from --slot N=HOST:PORT or a range N-M=HOST:PORT (consecutive ports). */
    private static String address(ParsedArguments arguments, String name, List<String> slots) {
        try {
            return ChassisSlots.address(name, ChassisSlots.parse(slots));
        } catch (ChassisSlots.InvalidSlot e) {
            throw arguments.usage(e.repeatedSlot() >= 0 ? NLS.bind(Messages.chassisSlotTwice, e.repeatedSlot())
                    : NLS.bind(Messages.chassisBadSlot, e.given()));
        }
    }

    private static Result list(CommandContext context, ParsedArguments arguments) {
        List<Map<String, Object>> all = context.read(site -> site.getChassis().stream().map(ChassisCommands::chassis).toList());
        return Result.of(Map.of("chassis", all), out -> {
            TextTable table = new TextTable("NAME", "KIND", "BLADES", "REACHABLE", "ADDRESS");
            all.forEach(c -> table.row(c.get("name"), c.get("kind"), c.get("blades"), c.get("reachable"), c.get("address")));
            InventoryCommands.printOrNone(table, out, Messages.noChassis);
        });
    }

    private static Result show(CommandContext context, ParsedArguments arguments) {
        String name = arguments.positional(0);
        Map<String, Object> view = context.read(site -> {
            Chassis chassis = SiteLookup.chassis(site, name);
            Map<String, Object> result = chassis(chassis);
            result.put("firmware", chassis.getFirmware());
            result.put("slots", chassis.getBlades().stream().map(Blade::getSlot).toList());
            result.put("bladeDetails", chassis.getBlades().stream().map(ChassisCommands::blade).toList());
            return result;
        });
        return Result.of(view, out -> {
            new Details().add("Chassis", view.get("name")).add("Kind", view.get("kind")).add("Address", view.get("address"))
                    .add("Firmware", view.get("firmware")).add("Slots", String.join(", ", ModelViews.strings(view.get("slots"))))
                    .add("Reachable", view.get("reachable")).add("Storage reach", TopologyCommands.reachText(view)).print(out);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> blades = (List<Map<String, Object>>) view.get("bladeDetails");
            TextTable table = new TextTable("BLADE", "SLOT", "GUID", "POWER", "BOOT", "LUN", "CLONE");
            blades.forEach(b -> table.row(b.get("name"), b.get("slot"), b.get("uuid"), b.get("power"), b.get("bootDevice"), lun(b),
                    b.get("clone")));
            out.println();
            InventoryCommands.printOrNone(table, out, Messages.noBlades);
        });
    }

    /** The blade's boot LUN as TARGET:LUN@PORTAL, or null when none is mapped. */
    static String lun(Map<String, Object> blade) {
        return blade.get("bootTarget") == null ? null : blade.get("bootTarget") + ":" + blade.get("bootLun") + "@" + blade.get("bootPortal");
    }

    /** The blade's own lines of 'machine show'. */
    static void addBladeDetails(Details details, Map<String, Object> blade) {
        details.add("Slot", blade.get("slot")).add("BMC", blade.get("bmc")).add("Boot device", blade.get("bootDevice"))
                .add("Boot LUN", lun(blade));
    }

    private static Result remove(CommandContext context, ParsedArguments arguments) {
        String name = arguments.positional(0);
        if (context.server() != null) {
            context.server().run(org.encompass.core.lifecycle.Operation.REMOVE_CHASSIS.label(), name, Map.of(),
                    context.monitor());
        } else {
            context.engine().removeChassis(name, context.monitor());
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", name);
        view.put("removed", true);
        return Result.line(view, NLS.bind(Messages.chassisRemoved, name));
    }

    private static Result blades(CommandContext context, ParsedArguments arguments) {
        String only = arguments.value("chassis");
        List<Map<String, Object>> blades = context.read(site -> {
            if (only != null) {
                SiteLookup.chassis(site, only); // an unknown name is an error, not an empty list
            }
            return site.getChassis().stream().filter(c -> only == null || only.equals(c.getName()))
                    .flatMap(c -> c.getBlades().stream()).map(ChassisCommands::blade).toList();
        });
        return Result.of(Map.of("blades", blades), out -> {
            TextTable table = new TextTable("BLADE", "SLOT", "BMC", "GUID", "POWER", "REACHABLE", "CLONE", "STATE");
            blades.forEach(b -> table.row(b.get("name"), b.get("slot"), b.get("bmc"), b.get("uuid"), b.get("power"),
                    Formats.yesNo((Boolean) b.get("reachable")), b.get("clone"), b.get("cloneState")));
            InventoryCommands.printOrNone(table, out, Messages.noBlades);
        });
    }

    static Map<String, Object> chassis(Chassis chassis) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", chassis.getName());
        view.put("kind", chassis.getKind());
        view.put("address", chassis.getManagementAddress());
        view.put("blades", chassis.getBlades().size());
        view.put("reachable", chassis.getBlades().stream().filter(Blade::isReachable).count() + "/" + chassis.getBlades().size());
        ModelViews.putReach(view, org.encompass.core.query.Topology.reach(chassis));
        return view;
    }

    static Map<String, Object> blade(Blade blade) {
        Map<String, Object> view = ModelViews.machine(blade);
        view.put("slot", blade.getSlot());
        view.put("bmc", blade.getBmcAddress());
        view.put("bootDevice", blade.getBootDevice());
        view.put("bootTarget", blade.getBootTarget());
        view.put("bootLun", blade.getBootTarget() == null ? null : blade.getBootLun());
        view.put("bootPortal", blade.getBootPortal());
        return view;
    }
}
