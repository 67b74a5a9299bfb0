package org.encompass.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.HypervisorConnection;
import org.encompass.core.spi.PowerListener;
import org.encompass.core.spi.PowerState;
import org.encompass.model.HypervisorHost;
import org.encompass.model.VirtualMachine;

/**
 * Keeps the model's power states live: one event connection per host whose driver reports power
 * changes ({@link HypervisorConnection#addPowerListener}). Events are applied in arrival order on one
 * thread of our own (never on the driver's event thread), through {@link ObservedPower}, so a machine
 * stopped with the hypervisor's own tools shows as stopped and its clone as no longer ACTIVE.
 */
public final class PowerWatcher implements AutoCloseable {
    private final OperationRunner runner;
    private final HostConnections connections;
    private final Map<String, HypervisorConnection> watched = new HashMap<>();
    private final ExecutorService events = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "Encompass power events");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closed;
    private volatile boolean started;

    public PowerWatcher(OperationRunner runner, HostConnections connections) {
        this.runner = runner;
        this.connections = connections;
    }

    private record Host(String name, String kind, String uri) {
    }

    /**
     * Starts watching every host of the site not watched yet; returns how many hosts are watched. A
     * host that cannot be reached now is skipped (the next call, for example after discovery, retries).
     */
    public synchronized int watchAll() {
        if (closed) {
            throw new IllegalStateException("the power watcher is closed");
        }
        started = true;
        List<Host> hosts = runner.model().read(site -> site.getHosts().stream()
                .map(h -> new Host(h.getName(), h.getKind(), h.getUri())).toList());
        for (Host host : hosts) {
            if (!watched.containsKey(host.name())) {
                watch(host);
            }
        }
        return watched.size();
    }

    private void watch(Host host) {
        Credentials credentials = connections.credentials().lookup(host.uri());
        HypervisorConnection connection = null;
        try {
            connection = Drivers.hypervisors().driver(host.kind()).connect(host.uri(), credentials);
            if (connection.addPowerListener(listener(host))) {
                watched.put(host.name(), connection);
                connection = null;
            }
        } catch (DriverException | RuntimeException e) {
            ILog.of(PowerWatcher.class).log(Status.warning("cannot watch host " + host.name() + ": " + e.getMessage()));
        } finally {
            credentials.wipe();
            if (connection != null) {
                connection.close();
            }
        }
    }

    private PowerListener listener(Host host) {
        return new PowerListener() {
            @Override
            public void powerChanged(String machine, String uuid, PowerState power) {
                post(() -> apply(host, machine, uuid, power, false));
            }

            @Override
            public void machineRemoved(String machine, String uuid) {
                post(() -> apply(host, machine, uuid, PowerState.UNKNOWN, true));
            }

            @Override
            public void connectionLost(String reason) {
                post(() -> lost(host));
            }
        };
    }

    private void post(Runnable change) {
        if (!closed) {
            events.execute(() -> {
                try {
                    change.run();
                } catch (RuntimeException e) {
                    ILog.of(PowerWatcher.class).log(Status.warning("a power event could not be recorded: " + e.getMessage(), e));
                }
            });
        }
    }

    private void apply(Host host, String machine, String uuid, PowerState power, boolean removed) {
        runner.model().write(site -> {
            HypervisorHost stored = site.getHosts().stream().filter(h -> h.getName().equals(host.name())).findFirst()
                    .orElse(null);
            VirtualMachine vm = stored == null ? null : find(stored, machine, uuid);
            if (vm == null) {
                return null; // not known yet: the next discovery adds it
            }
            if (removed) {
                vm.setReachable(false);
                vm.setPower(org.encompass.model.PowerState.UNKNOWN);
            } else {
                ObservedPower.apply(vm, ModelValues.toModel(power), null, runner.user(),
                        "event from " + host.uri(), runner::isBusy);
            }
            return null;
        });
    }

    private static VirtualMachine find(HypervisorHost host, String machine, String uuid) {
        for (VirtualMachine vm : host.getMachines()) {
            if (uuid != null && uuid.equalsIgnoreCase(vm.getUuid())) {
                return vm;
            }
        }
        return host.getMachines().stream().filter(vm -> machine.equals(vm.getName())).findFirst().orElse(null);
    }

    private void lost(Host host) {
        synchronized (this) {
            HypervisorConnection connection = watched.remove(host.name());
            if (connection != null) {
                connection.close();
            }
        }
        runner.model().write(site -> {
            site.getHosts().stream().filter(h -> h.getName().equals(host.name())).forEach(h -> {
                h.setReachable(false);
                h.getMachines().forEach(vm -> {
                    vm.setReachable(false);
                    vm.setPower(org.encompass.model.PowerState.UNKNOWN);
                });
            });
            return null;
        });
    }

    /** Watches hosts not watched now (lost or new ones), if watching was started. */
    public void rewatch() {
        if (started && !closed) {
            watchAll();
        }
    }

    /** Names of the hosts watched now. */
    public synchronized List<String> watchedHosts() {
        return List.copyOf(watched.keySet());
    }

    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            watched.values().forEach(HypervisorConnection::close);
            watched.clear();
        }
        events.shutdown();
        try {
            events.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
