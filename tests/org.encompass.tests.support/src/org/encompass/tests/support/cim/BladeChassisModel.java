package org.encompass.tests.support.cim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.encompass.tests.support.cim.CimObjects.Instance;
import org.encompass.tests.support.cim.CimObjects.Ref;

/**
 * A modular chassis of N blades as the DMTF SMASH profiles describe it (Modular System DSP1047, Base
 * Server DSP1004, Power State Management DSP1027, Boot Control DSP1012), kept in memory:
 * <ul>
 * <li>CIM_Chassis; CIM_Slot per slot, in it through CIM_Container; CIM_Card per blade in its slot through
 * CIM_PackageInSlot; the blade's CIM_ComputerSystem through CIM_ComputerSystemPackage, its UUID in
 * OtherIdentifyingInfo under IdentifyingDescriptions "CIM:GUID";</li>
 * <li>CIM_LANEndpoint per blade NIC (scoped by SystemName);</li>
 * <li>CIM_PowerManagementService per blade, CIM_AssociatedPowerManagementService with PowerState;</li>
 * <li>CIM_BootService, CIM_BootConfigSetting, two CIM_BootSourceSetting (network, hard disk) ordered by
 * CIM_OrderedComponent.AssignedSequence.</li>
 * </ul>
 * Synchronized: the HTTP server calls it from several threads.
 */
public final class BladeChassisModel {
    /** DSP1027 PowerState values. */
    /** The management firmware the chassis reports (DSP1023 CIM_SoftwareIdentity, Classifications 10). */
    public static final String FIRMWARE_NAME = "Encompass responder AMM", FIRMWARE_VERSION = "1.42";
    public static final int ON = 2, POWER_CYCLE_SOFT = 5, OFF_HARD = 6, OFF_SOFT = 8, POWER_CYCLE_HARD = 9, OFF_SOFT_GRACEFUL = 12;

    /** What a blade's machine does on power changes (the responder alone: nothing; an IPMI-backed blade: its BMC). */
    public interface PowerSwitch {
        void set(int slot, boolean on) throws Exception;
    }

    private final String chassisTag;
    private final List<Instance> instances = new ArrayList<>();
    private final int blades;
    private final boolean[] on;
    private final AtomicInteger powerRequests = new AtomicInteger();
    private volatile PowerSwitch powerSwitch = (slot, state) -> {
    };
    private volatile boolean ignoreGracefulOff;

    public BladeChassisModel(String chassisTag, int blades) {
        this.chassisTag = chassisTag;
        this.blades = blades;
        this.on = new boolean[blades + 1];
        Ref chassis = Ref.of("CIM_Chassis", "CreationClassName", "CIM_Chassis", "Tag", chassisTag);
        instances.add(new Instance(chassis).with("ElementName", "string", chassisTag).with("Manufacturer", "string", "Encompass test responder")
                .with("Model", "string", "CIM-XML responder, " + blades + " slots").with("PackageType", "uint16", 3L));
        Ref firmware = Ref.of("CIM_SoftwareIdentity", "InstanceID", chassisTag + ":firmware");
        instances.add(new Instance(firmware).with("ElementName", "string", FIRMWARE_NAME).with("VersionString", "string", FIRMWARE_VERSION)
                .with("Classifications", "uint16", List.of(10L)));
        instances.add(new Instance(Ref.of("CIM_ElementSoftwareIdentity", "Antecedent", firmware, "Dependent", chassis)));
        for (int slot = 1; slot <= blades; slot++) {
            Ref slotRef = Ref.of("CIM_Slot", "CreationClassName", "CIM_Slot", "Tag", chassisTag + ":slot" + slot);
            instances.add(new Instance(slotRef).with("Number", "uint16", (long) slot).with("ElementName", "string", "Slot " + slot));
            instances.add(new Instance(Ref.of("CIM_Container", "GroupComponent", chassis, "PartComponent", slotRef)));
            Ref card = Ref.of("CIM_Card", "CreationClassName", "CIM_Card", "Tag", chassisTag + ":blade" + slot);
            instances.add(new Instance(card).with("ElementName", "string", "Blade " + slot));
            instances.add(new Instance(Ref.of("CIM_PackageInSlot", "Antecedent", slotRef, "Dependent", card)));
            String name = system(slot);
            Ref system = systemRef(slot);
            instances.add(new Instance(system).with("ElementName", "string", "Blade " + slot)
                    .with("IdentifyingDescriptions", "string", List.of("CIM:GUID"))
                    .with("OtherIdentifyingInfo", "string", List.of(uuid(slot)))
                    .with("EnabledState", "uint16", 3L));
            instances.add(new Instance(Ref.of("CIM_ComputerSystemPackage", "Antecedent", card, "Dependent", system)).with("PlatformGUID",
                    "string", uuid(slot).replace("-", "").toUpperCase(Locale.ROOT)));
            instances.add(new Instance(Ref.of("CIM_LANEndpoint", "SystemCreationClassName", "CIM_ComputerSystem", "SystemName", name,
                    "CreationClassName", "CIM_LANEndpoint", "Name", name + ":nic0")).with("MACAddress", "string", mac(slot, 0)));
            instances.add(new Instance(Ref.of("CIM_LANEndpoint", "SystemCreationClassName", "CIM_ComputerSystem", "SystemName", name,
                    "CreationClassName", "CIM_LANEndpoint", "Name", name + ":nic1")).with("MACAddress", "string", mac(slot, 1)));
            Ref pms = serviceRef("CIM_PowerManagementService", slot);
            instances.add(new Instance(pms).with("ElementName", "string", "Power of blade " + slot));
            instances.add(new Instance(Ref.of("CIM_AssociatedPowerManagementService", "ServiceProvided", pms, "UserOfService", system))
                    .with("PowerState", "uint16", (long) OFF_SOFT).with("RequestedPowerState", "uint16", (long) OFF_SOFT));
            Ref bootService = serviceRef("CIM_BootService", slot);
            instances.add(new Instance(bootService).with("ElementName", "string", "Boot of blade " + slot));
            Ref config = Ref.of("CIM_BootConfigSetting", "InstanceID", name + ":bootconfig");
            instances.add(new Instance(config).with("ElementName", "string", "Boot order of blade " + slot)
                    .with("IsNext", "uint16", 2L).with("IsDefault", "uint16", 1L));
            instances.add(new Instance(Ref.of("CIM_ElementSettingData", "ManagedElement", system, "SettingData", config)).with("IsDefault", "uint16", 1L));
            Ref disk = Ref.of("CIM_BootSourceSetting", "InstanceID", name + ":hdd");
            instances.add(new Instance(disk).with("StructuredBootString", "string", "CIM:Hard-Disk:1").with("BootString", "string", "hd0"));
            Ref network = Ref.of("CIM_BootSourceSetting", "InstanceID", name + ":pxe");
            instances.add(new Instance(network).with("StructuredBootString", "string", "CIM:Network:1").with("BootString", "string", "pxe0"));
            instances.add(new Instance(Ref.of("CIM_OrderedComponent", "GroupComponent", config, "PartComponent", disk)).with("AssignedSequence", "uint16", 1L));
            instances.add(new Instance(Ref.of("CIM_OrderedComponent", "GroupComponent", config, "PartComponent", network)).with("AssignedSequence", "uint16", 2L));
        }
    }

    public int blades() {
        return blades;
    }

    public String chassisTag() {
        return chassisTag;
    }

    public String system(int slot) {
        return chassisTag + ":blade" + slot;
    }

    public Ref systemRef(int slot) {
        return Ref.of("CIM_ComputerSystem", "CreationClassName", "CIM_ComputerSystem", "Name", system(slot));
    }

    private Ref serviceRef(String className, int slot) {
        return Ref.of(className, "SystemCreationClassName", "CIM_ComputerSystem", "SystemName", system(slot), "CreationClassName", className,
                "Name", className.substring(4) + ":" + slot);
    }

    /** A stable UUID per chassis and slot. */
    public String uuid(int slot) {
        return UUID.nameUUIDFromBytes((chassisTag + "/" + slot).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    public static String mac(int slot, int nic) {
        return String.format("52:54:00:c1:%02x:%02x", slot, nic);
    }

    public void powerSwitch(PowerSwitch powerSwitch) {
        this.powerSwitch = powerSwitch;
    }

    /** A blade whose OS ignores a graceful shutdown request (tests the forced fallback). */
    public void ignoreGracefulOff(boolean ignore) {
        this.ignoreGracefulOff = ignore;
    }

    public synchronized boolean isOn(int slot) {
        return on[slot];
    }

    public int powerRequests() {
        return powerRequests.get();
    }

    /** The instances of {@code className} (exactly that class; the model has no subclasses). */
    public synchronized List<Instance> instancesOf(String className) {
        return instances.stream().filter(i -> i.className().equalsIgnoreCase(className)).toList();
    }

    public synchronized Instance get(Ref path) {
        return instances.stream().filter(i -> i.path().equals(path)).findFirst().orElse(null);
    }

    public synchronized boolean knowsClass(String className) {
        return instances.stream().anyMatch(i -> i.className().equalsIgnoreCase(className));
    }

    /** Objects associated with {@code object} through instances of {@code assocClass} (any if null). */
    public synchronized List<Instance> associators(Ref object, String assocClass, String resultClass) {
        List<Instance> result = new ArrayList<>();
        for (Instance association : instances) {
            if (assocClass != null && !association.className().equalsIgnoreCase(assocClass)) {
                continue;
            }
            List<Ref> refs = association.properties().values().stream().filter(p -> p.value() instanceof Ref).map(p -> (Ref) p.value()).toList();
            if (refs.size() == 2 && refs.contains(object)) {
                Ref other = refs.get(0).equals(object) ? refs.get(1) : refs.get(0);
                Instance found = get(other);
                if (found != null && (resultClass == null || found.className().equalsIgnoreCase(resultClass))) {
                    result.add(found);
                }
            }
        }
        return result;
    }

    /** RequestPowerStateChange on the blade's service; returns the method's uint32 result (0 = done). */
    public long requestPowerStateChange(Ref service, int state, Ref element) throws CimError {
        int slot = slotOfService(service, "CIM_PowerManagementService");
        if (element != null && !element.equals(systemRef(slot))) {
            throw new CimError(CimError.INVALID_PARAMETER, "ManagedElement " + element.keys().get("Name") + " is not served by " + service.keys().get("Name"));
        }
        powerRequests.incrementAndGet();
        boolean wasOn;
        synchronized (this) {
            wasOn = on[slot];
        }
        switch (state) {
            case ON -> setPower(slot, true);
            case OFF_SOFT, OFF_HARD -> setPower(slot, false);
            case OFF_SOFT_GRACEFUL -> {
                if (!ignoreGracefulOff) {
                    setPower(slot, false);
                }
            }
            case POWER_CYCLE_SOFT, POWER_CYCLE_HARD -> {
                if (wasOn) {
                    setPower(slot, false);
                }
                setPower(slot, true);
            }
            default -> throw new CimError(CimError.INVALID_PARAMETER, "PowerState " + state + " is not one this service supports (2, 5, 6, 8, 9, 12)");
        }
        return 0;
    }

    private void setPower(int slot, boolean wanted) throws CimError {
        try {
            powerSwitch.set(slot, wanted);
        } catch (Exception e) {
            throw new CimError(CimError.FAILED, "the blade in slot " + slot + " did not power " + (wanted ? "on" : "off") + ": " + e.getMessage());
        }
        synchronized (this) {
            on[slot] = wanted;
            long state = wanted ? ON : OFF_SOFT;
            for (Instance i : instancesOf("CIM_AssociatedPowerManagementService")) {
                if (systemRef(slot).equals(i.get("UserOfService"))) {
                    i.with("PowerState", "uint16", state).with("RequestedPowerState", "uint16", state);
                }
            }
            for (Instance i : instancesOf("CIM_ComputerSystem")) {
                if (i.path().equals(systemRef(slot))) {
                    i.with("EnabledState", "uint16", wanted ? 2L : 3L);
                }
            }
        }
    }

    /** ChangeBootOrder on a CIM_BootConfigSetting: the given sources get AssignedSequence 1, 2, ...; others 0. */
    public synchronized long changeBootOrder(Ref config, List<Ref> sources) throws CimError {
        if (get(config) == null) {
            throw new CimError(CimError.NOT_FOUND, "no CIM_BootConfigSetting " + config.keys().get("InstanceID"));
        }
        List<Instance> parts = instancesOf("CIM_OrderedComponent").stream().filter(o -> config.equals(o.get("GroupComponent"))).toList();
        for (Ref source : sources) {
            if (parts.stream().noneMatch(p -> source.equals(p.get("PartComponent")))) {
                throw new CimError(CimError.INVALID_PARAMETER, "Source " + source.keys().get("InstanceID") + " is not a boot source of "
                        + config.keys().get("InstanceID"));
            }
        }
        for (Instance part : parts) {
            int index = sources.indexOf(part.get("PartComponent"));
            part.with("AssignedSequence", "uint16", (long) (index + 1));
        }
        return 0;
    }

    /** SetBootConfigRole on a blade's CIM_BootService: Role 0 = is default, 1 = is next, 2 = is next single use. */
    public synchronized long setBootConfigRole(Ref service, Ref config, int role) throws CimError {
        int slot = slotOfService(service, "CIM_BootService");
        Instance setting = get(config);
        if (setting == null || !String.valueOf(config.keys().get("InstanceID")).startsWith(system(slot) + ":")) {
            throw new CimError(CimError.INVALID_PARAMETER, "BootConfigSetting " + (config == null ? null : config.keys().get("InstanceID"))
                    + " is not one of blade " + slot);
        }
        switch (role) {
            case 0 -> setting.with("IsDefault", "uint16", 1L);
            case 1, 2 -> setting.with("IsNext", "uint16", (long) role);
            default -> throw new CimError(CimError.INVALID_PARAMETER, "Role " + role + " is not 0, 1 or 2");
        }
        return 0;
    }

    /** The boot sources of a blade in AssignedSequence order (sequence 0 = not used). */
    public synchronized List<String> bootOrder(int slot) {
        Ref config = Ref.of("CIM_BootConfigSetting", "InstanceID", system(slot) + ":bootconfig");
        return instancesOf("CIM_OrderedComponent").stream().filter(o -> config.equals(o.get("GroupComponent")))
                .filter(o -> ((Number) o.get("AssignedSequence")).longValue() > 0)
                .sorted(java.util.Comparator.comparingLong(o -> ((Number) o.get("AssignedSequence")).longValue()))
                .map(o -> String.valueOf(((Ref) o.get("PartComponent")).keys().get("InstanceID"))).toList();
    }

    private int slotOfService(Ref service, String className) throws CimError {
        if (get(service) == null || !service.className().equalsIgnoreCase(className)) {
            throw new CimError(CimError.NOT_FOUND, "no " + className + " " + service.keys());
        }
        String systemName = String.valueOf(service.keys().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("SystemName"))
                .map(Map.Entry::getValue).findFirst().orElse(""));
        return Integer.parseInt(systemName.substring(systemName.lastIndexOf("blade") + 5));
    }

    /** A CIM error: a CIM_ERR_* code and its description. */
    public static final class CimError extends Exception {
        private static final long serialVersionUID = 1L;
        public static final int FAILED = 1, ACCESS_DENIED = 2, INVALID_NAMESPACE = 3, INVALID_PARAMETER = 4, INVALID_CLASS = 5, NOT_FOUND = 6,
                NOT_SUPPORTED = 7, METHOD_NOT_AVAILABLE = 16, METHOD_NOT_FOUND = 17;
        public final int code;

        public CimError(int code, String description) {
            super(description);
            this.code = code;
        }

        public static String codeName(int code) {
            return switch (code) {
                case FAILED -> "CIM_ERR_FAILED";
                case ACCESS_DENIED -> "CIM_ERR_ACCESS_DENIED";
                case INVALID_NAMESPACE -> "CIM_ERR_INVALID_NAMESPACE";
                case INVALID_PARAMETER -> "CIM_ERR_INVALID_PARAMETER";
                case INVALID_CLASS -> "CIM_ERR_INVALID_CLASS";
                case NOT_FOUND -> "CIM_ERR_NOT_FOUND";
                case NOT_SUPPORTED -> "CIM_ERR_NOT_SUPPORTED";
                case METHOD_NOT_AVAILABLE -> "CIM_ERR_METHOD_NOT_AVAILABLE";
                case METHOD_NOT_FOUND -> "CIM_ERR_METHOD_NOT_FOUND";
                default -> "CIM_ERR_" + code;
            };
        }
    }
}
