package org.encompass.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.encompass.core.EncompassException;
import org.encompass.model.Clone;
import org.encompass.model.HypervisorHost;
import org.encompass.model.Machine;
import org.encompass.model.Master;
import org.encompass.model.Site;
import org.encompass.model.StorageDevice;
import org.encompass.model.VirtualMachine;

/** Finds objects of a site by the names operators use, with errors that list what exists. */
public final class SiteLookup {
    private static final int LISTED = 12;

    private SiteLookup() {
    }

    public static Clone clone(Site site, String name) {
        Clone found = name == null ? null : NameIndex.clone(site, name);
        return found != null ? found : find(site.getClones().stream(), Clone::getName, name, "clone");
    }

    public static Optional<Clone> findClone(Site site, String name) {
        return Optional.ofNullable(NameIndex.clone(site, name));
    }

    public static Master master(Site site, String name) {
        return find(site.getMasters().stream(), Master::getName, name, "master");
    }

    public static Optional<Master> findMaster(Site site, String name) {
        return site.getMasters().stream().filter(m -> name.equals(m.getName())).findFirst();
    }

    public static StorageDevice storage(Site site, String name) {
        return find(site.getStorageDevices().stream(), StorageDevice::getName, name, "storage device");
    }

    public static HypervisorHost host(Site site, String name) {
        return find(site.getHosts().stream(), HypervisorHost::getName, name, "host");
    }

    public static org.encompass.model.Chassis chassis(Site site, String name) {
        return find(site.getChassis().stream(), org.encompass.model.Chassis::getName, name, "chassis");
    }

    /** Every machine of the site: virtual machines of all hosts, then blades of all chassis. */
    public static Stream<Machine> machines(Site site) {
        Stream<Machine> vms = site.getHosts().stream().flatMap(h -> h.getMachines().stream());
        Stream<Machine> blades = site.getChassis().stream().flatMap(c -> c.getBlades().stream());
        return Stream.concat(vms, blades);
    }

    /** The machine's qualified name: {@code host/vm} or {@code chassis/blade}. */
    public static String qualifiedName(Machine machine) {
        if (machine instanceof VirtualMachine vm && vm.getHost() != null) {
            return vm.getHost().getName() + '/' + vm.getName();
        }
        if (machine instanceof org.encompass.model.Blade blade && blade.getChassis() != null) {
            return blade.getChassis().getName() + '/' + blade.getName();
        }
        return machine.getName();
    }

    /**
     * A machine by {@code host/name}, or by plain name when that is unique in the site.
     */
    public static Machine machine(Site site, String name) {
        if (name.indexOf('/') >= 0) { // a qualified name is unique: the index answers (a plain one may have become ambiguous)
            Machine found = NameIndex.machine(site, name);
            if (found != null) {
                return found;
            }
        }
        List<Machine> matches = new ArrayList<>();
        machines(site).forEach(m -> {
            if (name.equals(qualifiedName(m)) || name.equals(m.getName())) {
                matches.add(m);
            }
        });
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            Optional<Machine> exact = matches.stream().filter(m -> name.equals(qualifiedName(m))).findFirst();
            return exact.orElseThrow(() -> new EncompassException("machine name " + org.encompass.core.Quoted.of(name) + " is ambiguous: "
                    + matches.stream().map(SiteLookup::qualifiedName).collect(Collectors.joining(", "))
                    + "; use host/name"));
        }
        throw unknown("machine", name, machines(site).map(SiteLookup::qualifiedName));
    }

    private static <T> T find(Stream<T> all, Function<T, String> nameOf, String name, String what) {
        List<T> list = all.toList();
        for (T candidate : list) {
            if (name != null && name.equals(nameOf.apply(candidate))) {
                return candidate;
            }
        }
        throw unknown(what, name, list.stream().map(nameOf));
    }

    private static EncompassException unknown(String what, String name, Stream<String> known) {
        List<String> names = known.toList();
        String listed = names.isEmpty() ? "there are none"
                : "known: " + names.stream().limit(LISTED).collect(Collectors.joining(", "))
                        + (names.size() > LISTED ? ", ... (" + names.size() + " in all)" : "");
        return new EncompassException("unknown " + what + " " + org.encompass.core.Quoted.of(name) + " (" + listed + ")");
    }
}
