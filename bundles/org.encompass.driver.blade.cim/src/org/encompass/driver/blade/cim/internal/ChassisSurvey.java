package org.encompass.driver.blade.cim.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.encompass.core.spi.BladeDriver.BootDevice;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.PowerState;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;

/**
 * What a chassis' CIM server says of its blades, read with one enumeration per class (not per blade), as the
 * DMTF profiles link them: CIM_Slot -(CIM_PackageInSlot)- CIM_Card -(CIM_ComputerSystemPackage)-
 * CIM_ComputerSystem (UUID in OtherIdentifyingInfo under "CIM:GUID"); CIM_LANEndpoint scoped by SystemName;
 * CIM_AssociatedPowerManagementService (PowerState, the blade's power service); CIM_BootService scoped by
 * SystemName; CIM_ElementSettingData to the blade's CIM_BootConfigSetting, whose CIM_BootSourceSetting
 * order is CIM_OrderedComponent.AssignedSequence.
 */
final class ChassisSurvey {
    /** One blade as the survey found it. */
    record Blade(String slot, CIMObjectPath system, String guid, List<String> macs, PowerState power, CIMObjectPath powerService,
            CIMObjectPath bootService, CIMObjectPath bootConfig, List<BootSource> bootOrder) {
        BootDevice bootDevice() {
            if (bootOrder.isEmpty()) {
                return BootDevice.UNKNOWN;
            }
            return bootOrder.get(0).network() ? BootDevice.NETWORK : BootDevice.DISK;
        }
    }

    /** A boot source setting and whether it boots from the network (StructuredBootString CIM:Network:...). */
    record BootSource(CIMObjectPath path, boolean network, long sequence) {
    }

    final Map<String, Blade> blades;

    private ChassisSurvey(Map<String, Blade> blades) {
        this.blades = blades;
    }

    static ChassisSurvey read(CimSession cim) throws DriverException {
        Map<String, String> slotNumbers = new HashMap<>();
        for (CIMInstance slot : cim.instances("CIM_Slot")) {
            slotNumbers.put(key(slot.getObjectPath()), String.valueOf(slot.getPropertyValue("Number")));
        }
        Map<String, String> slotOfCard = new HashMap<>();
        for (CIMInstance in : cim.instances("CIM_PackageInSlot")) {
            String slot = slotNumbers.get(key(ref(in, "Antecedent")));
            if (slot != null) {
                slotOfCard.put(key(ref(in, "Dependent")), slot);
            }
        }
        Map<String, String> slotOfSystem = new HashMap<>();
        for (CIMInstance in : cim.instances("CIM_ComputerSystemPackage")) {
            String slot = slotOfCard.get(key(ref(in, "Antecedent")));
            if (slot != null) {
                slotOfSystem.put(key(ref(in, "Dependent")), slot);
            }
        }
        Map<String, CIMInstance> systems = new LinkedHashMap<>();
        for (CIMInstance system : cim.instances("CIM_ComputerSystem")) {
            if (slotOfSystem.containsKey(key(system.getObjectPath()))) {
                systems.put(key(system.getObjectPath()), system);
            }
        }
        Map<String, List<String>> macs = new HashMap<>();
        for (CIMInstance lan : cim.instances("CIM_LANEndpoint")) {
            Object mac = lan.getPropertyValue("MACAddress");
            if (mac != null) {
                macs.computeIfAbsent(String.valueOf(keyValue(lan.getObjectPath(), "SystemName")), k -> new ArrayList<>()).add(normalizeMac(mac.toString()));
            }
        }
        Map<String, CIMInstance> power = new HashMap<>();
        for (CIMInstance apms : cim.instances("CIM_AssociatedPowerManagementService")) {
            power.put(key(ref(apms, "UserOfService")), apms);
        }
        Map<String, CIMObjectPath> bootServices = new HashMap<>();
        for (CIMInstance service : cim.instances("CIM_BootService")) {
            bootServices.put(String.valueOf(keyValue(service.getObjectPath(), "SystemName")), service.getObjectPath());
        }
        Map<String, CIMObjectPath> configOfSystem = new HashMap<>();
        for (CIMInstance esd : cim.instances("CIM_ElementSettingData")) {
            CIMObjectPath setting = ref(esd, "SettingData");
            if (setting != null && setting.getObjectName().equalsIgnoreCase("CIM_BootConfigSetting")) {
                configOfSystem.put(key(ref(esd, "ManagedElement")), setting);
            }
        }
        Map<String, Boolean> networkSource = new HashMap<>();
        for (CIMInstance source : cim.instances("CIM_BootSourceSetting")) {
            Object structured = source.getPropertyValue("StructuredBootString");
            networkSource.put(key(source.getObjectPath()), structured != null && structured.toString().startsWith("CIM:Network"));
        }
        Map<String, List<BootSource>> order = new HashMap<>();
        for (CIMInstance part : cim.instances("CIM_OrderedComponent")) {
            CIMObjectPath source = ref(part, "PartComponent");
            Boolean network = networkSource.get(key(source));
            if (network != null) {
                Object sequence = part.getPropertyValue("AssignedSequence");
                order.computeIfAbsent(key(ref(part, "GroupComponent")), k -> new ArrayList<>())
                        .add(new BootSource(source, network, sequence == null ? 0 : ((Number) sequence).longValue()));
            }
        }
        Map<String, Blade> blades = new TreeMap<>(Comparator.comparingInt(ChassisSurvey::slotOrder).thenComparing(s -> s));
        for (Map.Entry<String, CIMInstance> entry : systems.entrySet()) {
            CIMInstance system = entry.getValue();
            String name = String.valueOf(keyValue(system.getObjectPath(), "Name"));
            CIMInstance apms = power.get(entry.getKey());
            CIMObjectPath config = configOfSystem.get(entry.getKey());
            List<BootSource> sources = new ArrayList<>(config == null ? List.of() : order.getOrDefault(key(config), List.of()));
            sources.removeIf(s -> s.sequence() == 0);
            sources.sort(Comparator.comparingLong(BootSource::sequence));
            String slot = slotOfSystem.get(entry.getKey());
            blades.put(slot, new Blade(slot, system.getObjectPath(), guid(system), List.copyOf(macs.getOrDefault(name, List.of())),
                    apms == null ? PowerState.UNKNOWN : powerState(apms.getPropertyValue("PowerState")),
                    apms == null ? null : ref(apms, "ServiceProvided"), bootServices.get(name), config, List.copyOf(sources)));
        }
        return new ChassisSurvey(blades);
    }

    /** A blade's power state alone: one enumeration of CIM_AssociatedPowerManagementService. */
    static PowerState power(CimSession cim, CIMObjectPath system) throws DriverException {
        String wanted = key(system);
        for (CIMInstance apms : cim.instances("CIM_AssociatedPowerManagementService")) {
            if (key(ref(apms, "UserOfService")).equals(wanted)) {
                return powerState(apms.getPropertyValue("PowerState"));
            }
        }
        return PowerState.UNKNOWN;
    }

    private static int slotOrder(String slot) {
        try {
            return Integer.parseInt(slot);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** DSP1027 PowerState: 2 = on; 6, 7, 8 = off (hard, hibernate, soft); 3, 4 = sleeping. */
    static PowerState powerState(Object value) {
        if (!(value instanceof Number n)) {
            return PowerState.UNKNOWN;
        }
        return switch (n.intValue()) {
            case 2 -> PowerState.RUNNING;
            case 3, 4 -> PowerState.PAUSED;
            case 6, 7, 8, 13 -> PowerState.OFF;
            default -> PowerState.UNKNOWN;
        };
    }

    /** The UUID under "CIM:GUID" in IdentifyingDescriptions (DSP1004), lower case, with dashes. */
    private static String guid(CIMInstance system) {
        Object descriptions = system.getPropertyValue("IdentifyingDescriptions");
        Object info = system.getPropertyValue("OtherIdentifyingInfo");
        if (descriptions instanceof String[] d && info instanceof String[] i) {
            for (int k = 0; k < d.length && k < i.length; k++) {
                if ("CIM:GUID".equalsIgnoreCase(d[k]) && i[k] != null) {
                    String hex = i[k].replace("-", "").toLowerCase(Locale.ROOT);
                    if (hex.matches("[0-9a-f]{32}")) {
                        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20) + "-"
                                + hex.substring(20);
                    }
                }
            }
        }
        return null;
    }

    private static String normalizeMac(String mac) {
        String hex = mac.replaceAll("[^0-9A-Fa-f]", "").toLowerCase(Locale.ROOT);
        if (hex.length() != 12) {
            return mac;
        }
        return String.join(":", hex.substring(0, 2), hex.substring(2, 4), hex.substring(4, 6), hex.substring(6, 8), hex.substring(8, 10),
                hex.substring(10, 12));
    }

    private static CIMObjectPath ref(CIMInstance instance, String property) {
        Object value = instance.getPropertyValue(property);
        return value instanceof CIMObjectPath path ? path : null;
    }

    private static Object keyValue(CIMObjectPath path, String name) {
        CIMProperty<?> key = path.getKey(name);
        return key == null ? null : key.getValue();
    }

    /** A path's identity regardless of host and namespace: class and keys, case-insensitive names. */
    static String key(CIMObjectPath path) {
        if (path == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(path.getObjectName().toLowerCase(Locale.ROOT));
        TreeMap<String, String> keys = new TreeMap<>();
        for (CIMProperty<?> k : path.getKeys()) {
            keys.put(k.getName().toLowerCase(Locale.ROOT), k.getValue() instanceof CIMObjectPath p ? key(p) : String.valueOf(k.getValue()));
        }
        keys.forEach((n, v) -> key.append('|').append(n).append('=').append(v));
        return key.toString();
    }
}
