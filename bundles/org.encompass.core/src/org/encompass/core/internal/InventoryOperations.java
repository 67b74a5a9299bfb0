package org.encompass.core.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.encompass.core.EncompassException;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.MachineInfo;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.model.HypervisorHost;
import org.encompass.model.ModelFactory;
import org.encompass.model.StorageDevice;

/** Storage devices and hypervisor hosts: registering them and refreshing what they hold. */
public final class InventoryOperations {
    /**
     * A new device's default clone method when the operator names none: independent clones first
     * (reflink shares blocks yet stays independent, sparse keeps holes), copy-on-write last because
     * its clones depend on the master's file.
     */
    private static final List<CloneMethod> DEFAULT_PREFERENCE = List.of(CloneMethod.REFLINK, CloneMethod.SPARSE,
            CloneMethod.FULL, CloneMethod.VOLUME_COPY, CloneMethod.COW);
    private final OperationRunner runner;
    private final HostConnections connections;

    public InventoryOperations(OperationRunner runner, HostConnections connections) {
        this.runner = runner;
        this.connections = connections;
    }

    public void addStorage(String name, String kind, String location, CloneMethod defaultMethod, IProgressMonitor monitor) {
        Names.check("storage device", name);
        org.encompass.core.Limits.LOCATION.check("the location", location);
        StorageDeviceSpec spec = new StorageDeviceSpec(name, kind, location);
        runner.run(Operation.ADD_STORAGE, name, site -> {
            if (site.getStorageDevices().stream().anyMatch(d -> name.equals(d.getName()))) {
                throw new EncompassException("a storage device named " + name + " exists already");
            }
            return new OperationRunner.Plan<>(name, Map.of("kind", kind, "location", location), null,
                    List.of("storage:" + name), spec);
        }, (s, m) -> {
            var driver = Drivers.storage().driver(kind);
            driver.validate(s);
            if (defaultMethod != null && !driver.supportedMethods(s).contains(defaultMethod)) {
                throw new org.encompass.core.spi.DriverException("storage device " + name + " cannot clone with "
                        + defaultMethod + "; it supports " + driver.supportedMethods(s));
            }
            if (defaultMethod != null) {
                return defaultMethod;
            }
            java.util.Set<CloneMethod> supported = driver.supportedMethods(s);
            return DEFAULT_PREFERENCE.stream().filter(supported::contains).findFirst()
                    .orElseThrow(() -> new org.encompass.core.spi.DriverException("storage device " + name + " offers no clone method"));
        }, (site, s, method) -> {
            StorageDevice device = ModelFactory.eINSTANCE.createStorageDevice();
            device.setName(name);
            device.setKind(kind);
            device.setLocation(location);
            device.setDefaultCloneMethod(ModelValues.toModel(method));
            site.getStorageDevices().add(device);
            return "added";
        }, monitor);
    }

    /** Registers a hypervisor host and records the machines it reports. Nothing is added when it cannot be reached. */
    public int addHost(String name, String kind, String uri, IProgressMonitor monitor) {
        Names.check("host", name);
        org.encompass.core.Limits.LOCATION.check("the URI", uri);
        refusePasswordIn(uri);
        Reported machines = runner.<String, Reported>run(Operation.ADD_HOST, name, site -> {
            if (site.getHosts().stream().anyMatch(h -> name.equals(h.getName()))) {
                throw new EncompassException("a host named " + name + " exists already");
            }
            return new OperationRunner.Plan<>(name, Map.of("kind", kind, "uri", uri), null, List.of("host:" + name), uri);
        }, (u, m) -> connections.with(kind, u, Reported::of), (site, u, reported) -> {
            HypervisorHost host = ModelFactory.eINSTANCE.createHypervisorHost();
            host.setName(name);
            host.setKind(kind);
            host.setUri(uri);
            site.getHosts().add(host);
            merge(host, reported.machines());
            TopologyEdits.discovered(site, host, reported.topology());
            return reported.machines().size() + " machines";
        }, monitor);
        return machines.machines().size();
    }

    /** What a host reported: its machines and its topology. */
    private record Reported(List<MachineInfo> machines, org.encompass.core.spi.HostTopology topology) {
        static Reported of(org.encompass.core.spi.HypervisorConnection c) throws org.encompass.core.spi.DriverException {
            return new Reported(c.listMachines(), c.topology());
        }
    }

    /** Asks the host again and merges what it reports (by UUID, then MAC, then name); vanished machines become unreachable. */
    public void refreshHost(String name, IProgressMonitor monitor) {
        runner.<String[], Reported>run(Operation.REFRESH_HOST, name, site -> {
            HypervisorHost host = SiteLookup.host(site, name);
            return new OperationRunner.Plan<>(name, Map.of(), null, List.of("host:" + name),
                    new String[] { host.getKind(), host.getUri() });
        }, (h, m) -> {
            try {
                return connections.with(h[0], h[1], Reported::of);
            } catch (org.encompass.core.spi.DriverException e) {
                markUnreachable(name);
                throw e;
            }
        }, (site, h, reported) -> {
            HypervisorHost host = SiteLookup.host(site, name);
            merge(host, reported.machines());
            TopologyEdits.discovered(site, host, reported.topology());
            return reported.machines().size() + " machines";
        }, monitor);
    }

    private void markUnreachable(String hostName) {
        runner.model().write(site -> {
            HypervisorHost host = SiteLookup.host(site, hostName);
            host.setReachable(false);
            host.getMachines().forEach(vm -> vm.setReachable(false));
            return null;
        });
    }

    /**
     * A URI is stored in the model and the journal: a password in its user part would end up there.
     * Refused before anything is journaled, with a message that does not repeat the URI.
     */
    static void refusePasswordIn(String uri) {
        if (uri == null) {
            return;
        }
        int scheme = uri.indexOf("://");
        int at = uri.indexOf('@');
        int slash = scheme < 0 ? -1 : uri.indexOf('/', scheme + 3);
        if (scheme >= 0 && at > scheme && (slash < 0 || at < slash) && uri.substring(scheme + 3, at).contains(":")) {
            throw new EncompassException("the host URI carries a password; give the URI without it and store the"
                    + " password with 'encompass credentials set URI --user USER --password-stdin'");
        }
    }

    /** Merges reported machines into the host by stable identity (see {@link Reconciler}). */
    private void merge(HypervisorHost host, List<MachineInfo> reported) {
        new Reconciler(host.getKind() + " " + host.getUri(), runner.user(), runner::isBusy)
                .reconcile(host, org.encompass.core.spi.DiscoveryResult.of(reported));
    }
}
