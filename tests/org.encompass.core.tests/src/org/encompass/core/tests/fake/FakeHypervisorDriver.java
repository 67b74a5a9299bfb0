package org.encompass.core.tests.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.HypervisorConnection;
import org.encompass.core.spi.HypervisorDriver;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.MachineInfo;
import org.encompass.core.spi.PowerState;

/**
 * An in-memory hypervisor: {@code fake://NAME?machines=N} has N machines vm-01..vm-NN with 2 CPUs and
 * 2048 MiB; {@code fake://unreachable} cannot be connected to. State is kept per URI for the JVM's life.
 */
public class FakeHypervisorDriver implements HypervisorDriver {
    /** A fake VM's state, visible to tests. */
    public static final class Vm {
        public final String name;
        public final String uuid;
        public volatile String disk;
        public volatile PowerState power = PowerState.OFF;

        Vm(String name, String uuid) {
            this.name = name;
            this.uuid = uuid;
        }
    }

    private static final Map<String, Map<String, Vm>> HOSTS = new ConcurrentHashMap<>();

    public static Vm vm(String uri, String name) {
        return HOSTS.get(uri).get(name);
    }

    /** What hosts report as their topology (host URI to report); none: the driver reports nothing. */
    public static final Map<String, org.encompass.core.spi.HostTopology> TOPOLOGY = new ConcurrentHashMap<>();

    @Override
    public HypervisorConnection connect(String uri) throws DriverException {
        if (!uri.startsWith("fake://") || uri.startsWith("fake://unreachable")) {
            throw new DriverException("cannot connect to " + uri + ": host unreachable");
        }
        Map<String, Vm> vms = HOSTS.computeIfAbsent(uri, u -> {
            int count = u.contains("machines=") ? Integer.parseInt(u.substring(u.indexOf("machines=") + 9)) : 4;
            Map<String, Vm> created = new LinkedHashMap<>();
            for (int i = 1; i <= count; i++) {
                String name = String.format("vm-%02d", i);
                created.put(name, new Vm(name, java.util.UUID.nameUUIDFromBytes((u + name).getBytes()).toString()));
            }
            return created;
        });
        return new Connection(uri, vms);
    }

    private static final class Connection implements HypervisorConnection {
        private final String uri;
        private final Map<String, Vm> vms;

        Connection(String uri, Map<String, Vm> vms) {
            this.uri = uri;
            this.vms = vms;
        }

        @Override
        public org.encompass.core.spi.HostTopology topology() {
            return TOPOLOGY.getOrDefault(uri, org.encompass.core.spi.HostTopology.UNKNOWN);
        }

        @Override
        public List<MachineInfo> listMachines() {
            List<MachineInfo> result = new ArrayList<>();
            vms.values().forEach(vm -> result.add(info(vm)));
            return result;
        }

        private static MachineInfo info(Vm vm) {
            return new MachineInfo(vm.name, vm.uuid, "x86_64", 2, 2048, List.of("52:54:00:00:00:" + vm.name.substring(3)),
                    vm.power);
        }

        @Override
        public MachineInfo machine(String name) throws DriverException {
            return info(get(name));
        }

        private Vm get(String name) throws DriverException {
            Vm vm = vms.get(name);
            if (vm == null) {
                throw new DriverException("no machine " + name);
            }
            return vm;
        }

        @Override
        public void attach(String machine, ImageRef disk) throws DriverException {
            Faults.check("attach");
            Vm vm = get(machine);
            if (vm.power == PowerState.RUNNING) {
                throw new DriverException(machine + " is running");
            }
            vm.disk = disk.location();
        }

        @Override
        public void activate(String machine, ImageRef disk) throws DriverException {
            Faults.check("activate");
            Vm vm = get(machine);
            vm.disk = disk.location();
            vm.power = PowerState.RUNNING;
        }

        @Override
        public void deactivate(String machine, Duration timeout) throws DriverException {
            Faults.check("deactivate");
            get(machine).power = PowerState.OFF;
        }

        @Override
        public void detach(String machine) throws DriverException {
            Faults.check("detach");
            Vm vm = get(machine);
            if (vm.power == PowerState.RUNNING) {
                throw new DriverException(machine + " is running");
            }
            vm.disk = null;
        }

        @Override
        public void close() {
        }
    }
}
