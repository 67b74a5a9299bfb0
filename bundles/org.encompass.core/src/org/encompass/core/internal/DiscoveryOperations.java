package org.encompass.core.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.encompass.core.ConflictResolution;
import org.encompass.core.DiscoveryReport;
import org.encompass.core.EncompassException;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.lifecycle.CloneState;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.States;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DiscoveryProvider;
import org.encompass.core.spi.DiscoveryResult;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.model.Clone;
import org.encompass.model.Conflict;
import org.encompass.model.HypervisorHost;
import org.encompass.model.Machine;
import org.encompass.model.Placement;
import org.encompass.model.PowerState;
import org.encompass.model.Site;
import org.encompass.model.StorageDevice;

/**
 * Discovery seeded with the configured endpoints (the site's hosts, blade chassis and storage devices): each host is
 * asked through the discovery provider of its kind (or, lacking one, its hypervisor driver), with its
 * credentials from secure storage, and the answer is reconciled into the model ({@link Reconciler}).
 * Each host's run is journaled ({@code discover}); a host that cannot be reached is marked unreachable
 * with its machines, and the run goes on with the others.
 */
public final class DiscoveryOperations {
    private final OperationRunner runner;
    private final HostConnections connections;
    private final ChassisOperations chassis;

    public DiscoveryOperations(OperationRunner runner, HostConnections connections, ChassisOperations chassis) {
        this.runner = runner;
        this.connections = connections;
        this.chassis = chassis;
    }

    private record Endpoint(String name, String kind, String uri) {
    }

    public DiscoveryReport discover(IProgressMonitor monitor) {
        List<Endpoint> hosts = runner.model().read(site -> site.getHosts().stream()
                .map(h -> new Endpoint(h.getName(), h.getKind(), h.getUri())).toList());
        List<StorageDeviceSpec> devices = runner.model().read(site -> site.getStorageDevices().stream()
                .map(d -> new StorageDeviceSpec(d.getName(), d.getKind(), d.getLocation())).toList());
        SubMonitor progress = SubMonitor.convert(monitor, "Discovering", hosts.size() + devices.size());
        List<DiscoveryReport.HostResult> hostResults = new ArrayList<>();
        for (Endpoint host : hosts) {
            hostResults.add(discoverHost(host, progress.split(1)));
        }
        hostResults.addAll(chassis.discover(progress.split(0))); // blade chassis are reported as hosts are
        List<DiscoveryReport.StorageResult> storageResults = new ArrayList<>();
        for (StorageDeviceSpec device : devices) {
            progress.split(1);
            storageResults.add(checkStorage(device));
        }
        long open = runner.model().read(Conflicts::open);
        return new DiscoveryReport(hostResults, storageResults, open);
    }

    private DiscoveryReport.HostResult discoverHost(Endpoint host, IProgressMonitor monitor) {
        String by = host.kind() + " " + host.uri();
        AtomicReference<Reconciler.Counts> counts = new AtomicReference<>();
        try {
            runner.<Endpoint, DiscoveryResult>run(Operation.DISCOVER, host.name(), site -> {
                SiteLookup.host(site, host.name());
                return new OperationRunner.Plan<>(host.name(), Map.of("uri", host.uri()), null,
                        List.of("host:" + host.name()), host);
            }, this::ask, (site, h, result) -> {
                Reconciler.Counts c = new Reconciler(by, runner.user(), runner::isBusy)
                        .reconcile(SiteLookup.host(site, h.name()), result);
                counts.set(c);
                return c.reported() + " machines: " + c.added() + " new, " + c.updated() + " updated, " + c.vanished()
                        + " vanished, " + c.conflicts() + " new conflicts";
            }, monitor);
        } catch (OperationCanceledException e) {
            throw e;
        } catch (EncompassException e) {
            if (!isBusy(e)) {
                markUnreachable(host.name());
            }
            return new DiscoveryReport.HostResult(host.name(), host.uri(), false, 0, 0, 0, 0, 0, e.getMessage());
        }
        Reconciler.Counts c = counts.get();
        return new DiscoveryReport.HostResult(host.name(), host.uri(), true, c.reported(), c.added(), c.updated(),
                c.vanished(), c.conflicts(), null);
    }

    private static boolean isBusy(EncompassException e) {
        return e.getMessage() != null && e.getMessage().contains("is busy with another operation");
    }

    private DiscoveryResult ask(Endpoint host, IProgressMonitor monitor) throws DriverException {
        var provider = Drivers.discovery().descriptor(host.kind());
        if (provider.isEmpty()) {
            return connections.with(host.kind(), host.uri(), c -> DiscoveryResult.of(c.listMachines()));
        }
        DiscoveryProvider discovery = provider.get().driver();
        Credentials credentials = connections.credentials().lookup(host.uri());
        try {
            return discovery.discover(host.uri(), credentials, monitor);
        } finally {
            credentials.wipe();
        }
    }

    private void markUnreachable(String hostName) {
        runner.model().write(site -> {
            HypervisorHost host = SiteLookup.host(site, hostName);
            host.setReachable(false);
            host.getMachines().forEach(vm -> {
                vm.setReachable(false);
                vm.setPower(PowerState.UNKNOWN);
            });
            return null;
        });
    }

    private DiscoveryReport.StorageResult checkStorage(StorageDeviceSpec device) {
        String error = null;
        try {
            Drivers.storage().driver(device.kind()).validate(device);
        } catch (DriverException | RuntimeException e) {
            error = OperationRunner.message(e);
        }
        boolean reachable = error == null;
        runner.model().write(site -> {
            StorageDevice stored = SiteLookup.storage(site, device.name());
            stored.setReachable(reachable);
            if (reachable) {
                stored.setLastSeen(new Date());
            }
            return null;
        });
        return new DiscoveryReport.StorageResult(device.name(), reachable, error);
    }

    /** Settles a conflict; the operator's choice is journaled ({@code resolve-conflict}). */
    public void resolve(long id, ConflictResolution resolution, IProgressMonitor monitor) {
        runner.<Long, Boolean>run(Operation.RESOLVE_CONFLICT, "#" + id, site -> {
            Conflict conflict = Conflicts.find(site, id);
            if (conflict.isResolved()) {
                throw new EncompassException("conflict #" + id + " was resolved already (" + conflict.getResolution()
                        + " by " + conflict.getResolvedBy() + ")");
            }
            return new OperationRunner.Plan<>("#" + id, Map.of("resolution", resolution.label()), null,
                    List.of("conflict:" + id, "machine:" + conflict.getSubject()), id);
        }, (conflictId, m) -> Boolean.TRUE, (site, conflictId, ok) -> {
            Conflict conflict = Conflicts.find(site, conflictId);
            String after = resolution == ConflictResolution.ACCEPT_DISCOVERED ? accept(site, conflict) : "model kept";
            conflict.setResolved(true);
            conflict.setResolution(resolution.label());
            conflict.setResolvedBy(runner.user());
            conflict.setResolvedAt(new Date());
            return after;
        }, monitor);
    }

    private static String accept(Site site, Conflict conflict) {
        Machine machine = SiteLookup.machine(site, conflict.getSubject());
        String value = conflict.getDiscoveredValue();
        switch (conflict.getKind()) {
            case Conflicts.MAC_MISMATCH -> {
                machine.getMacAddresses().clear();
                if (value != null && !value.isEmpty()) {
                    machine.getMacAddresses().addAll(List.of(value.split(",")));
                }
                return "MAC " + value;
            }
            case Conflicts.UUID_MISMATCH -> {
                machine.setUuid(value);
                machine.getMacAddresses().clear(); // the recreated machine's MACs come with the next discovery
                return "UUID " + value;
            }
            case Conflicts.DISK_MISMATCH -> {
                Clone clone = machine.getClone();
                if (clone != null && (clone.getPlacement() == Placement.ATTACHED || clone.getPlacement() == Placement.ACTIVE)) {
                    // the machine boots someone else's disk: the clone is no longer attached to it
                    StateChanges.set(clone, new CloneState(clone.getMetastate(), Placement.ASSIGNED, clone.getTerminalState()));
                    return "clone " + clone.getName() + " " + States.of(clone);
                }
                return "nothing attached";
            }
            default -> throw new EncompassException("conflict #" + conflict.getId() + " has unknown kind " + conflict.getKind());
        }
    }
}
