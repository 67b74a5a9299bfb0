package org.encompass.driver.libvirt.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.HostTopology;
import org.encompass.core.spi.HypervisorConnection;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.MachineInfo;
import org.encompass.core.spi.PowerListener;
import org.encompass.core.spi.PowerState;
import org.encompass.driver.libvirt.LibvirtErrors;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainInfo;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.event.LifecycleListener;

/**
 * One open libvirt connection. Machines are domains; attaching rewrites the persistent definition
 * (see {@link DomainXml}) and never touches a running domain.
 */
public final class LibvirtConnection implements HypervisorConnection {
    private static final long POLL_MILLIS = 100;

    private final String uri;
    private Connect connect;
    private final List<LifecycleListener> lifecycleListeners = new ArrayList<>();
    private boolean closeListenerRegistered;

    LibvirtConnection(String uri, Connect connect) {
        this.uri = uri;
        this.connect = connect;
    }

    @Override
    public List<MachineInfo> listMachines() throws DriverException {
        List<MachineInfo> machines = new ArrayList<>();
        Connect open = open();
        Domain[] domains = libvirt("list the machines", () -> open.listAllDomains(0));
        try {
            for (Domain domain : domains) {
                machines.add(describe(domain));
            }
        } finally {
            for (Domain domain : domains) {
                free(domain);
            }
        }
        machines.sort(Comparator.comparing(MachineInfo::name));
        return machines;
    }

    /**
     * The storage pools defined on the host (active or not), each as its name and its target directory, and the
     * networks each machine's interfaces are on.
     */
    @Override
    public HostTopology topology() throws DriverException {
        Connect open = open();
        List<String> storage = new ArrayList<>();
        List<String> pools = new ArrayList<>(List.of(libvirt("list the storage pools", open::listStoragePools)));
        pools.addAll(List.of(libvirt("list the storage pools", open::listDefinedStoragePools)));
        for (String pool : pools) {
            storage.add(pool);
            StoragePool found = libvirt("look up storage pool " + pool, () -> open.storagePoolLookupByName(pool));
            try {
                var target = POOL_TARGET.matcher(libvirt("read storage pool " + pool, () -> found.getXMLDesc(0)));
                if (target.find()) {
                    storage.add(target.group(1).trim());
                }
            } finally {
                try {
                    found.free();
                } catch (LibvirtException e) {
                    // already freed
                }
            }
        }
        Map<String, List<String>> networks = new TreeMap<>();
        Domain[] domains = libvirt("list the machines", () -> open.listAllDomains(0));
        try {
            for (Domain domain : domains) {
                String name = libvirt("read a machine's name", domain::getName);
                networks.put(name, DomainXml.parse(libvirt("read the definition of " + name,
                        () -> domain.getXMLDesc(Domain.XMLFlags.INACTIVE))).networks());
            }
        } finally {
            for (Domain domain : domains) {
                free(domain);
            }
        }
        return new HostTopology(storage, networks);
    }

    private static final java.util.regex.Pattern POOL_TARGET = java.util.regex.Pattern.compile("(?s)<target>.*?<path>([^<]+)</path>");

    /**
     * The machine's definition as its next start will use it (libvirt domain XML), for diagnostics
     * and for checking what {@link #attach} wrote. Secrets are left out.
     */
    public String definition(String machine) throws DriverException {
        Domain domain = lookup(machine);
        try {
            return libvirt("read the definition of " + machine, () -> domain.getXMLDesc(Domain.XMLFlags.INACTIVE));
        } finally {
            free(domain);
        }
    }

    /** The definition the machine is running with now (differs from {@link #definition} only while it runs). */
    public String liveDefinition(String machine) throws DriverException {
        Domain domain = lookup(machine);
        try {
            return liveDefinition(domain);
        } finally {
            free(domain);
        }
    }

    @Override
    public MachineInfo machine(String name) throws DriverException {
        Domain domain = lookup(name);
        try {
            return describe(domain);
        } finally {
            free(domain);
        }
    }

    @Override
    public void attach(String machine, ImageRef disk) throws DriverException {
        requireDisk(disk);
        Domain domain = lookup(machine);
        try {
            if (isActive(domain)) {
                throw new DriverException(machineName(machine) + " is running; deactivate it before attaching "
                        + disk.location() + ".");
            }
            define(machine, withAttachment(persistentDefinition(domain), BootAttachment.of(disk)));
        } finally {
            free(domain);
        }
    }

    @Override
    public void activate(String machine, ImageRef disk) throws DriverException {
        requireDisk(disk);
        Domain domain = lookup(machine);
        try {
            if (isActive(domain)) {
                Optional<BootAttachment> running = DomainXml.parse(liveDefinition(domain)).attachment();
                if (running.isEmpty() || !running.get().isOf(disk)) {
                    throw new DriverException(machineName(machine) + " is already running "
                            + running.map(a -> "from " + a.source()).orElse("without an Encompass disk")
                            + "; deactivate it before activating " + disk.location() + ".");
                }
                if (PowerStates.of(info(domain).state) == PowerState.PAUSED) {
                    libvirt("resume " + machine, () -> {
                        domain.resume();
                        return null;
                    });
                }
                return; // already running from this disk
            }
            DomainXml persistent = DomainXml.parse(persistentDefinition(domain));
            if (!persistent.attachment().map(a -> a.isOf(disk)).orElse(false)) {
                // the host lost the attachment (or never had it): establish it again first
                define(machine, withAttachment(persistent.toString(), BootAttachment.of(disk)));
            }
            libvirt("start " + machine, () -> domain.create());
        } finally {
            free(domain);
        }
    }

    @Override
    public void deactivate(String machine, Duration timeout) throws DriverException {
        Domain domain = lookup(machine);
        try {
            if (!isActive(domain)) {
                return;
            }
            libvirt("shut down " + machine, () -> {
                domain.shutdown();
                return null;
            });
            long deadline = System.nanoTime() + (timeout == null || timeout.isNegative() ? 0 : timeout.toNanos());
            while (isActiveOrGone(domain) && System.nanoTime() - deadline < 0) {
                sleep();
            }
            if (isActiveOrGone(domain)) {
                libvirt("power off " + machine, () -> {
                    domain.destroy();
                    return null;
                });
            }
        } finally {
            free(domain);
        }
    }

    @Override
    public void detach(String machine) throws DriverException {
        Domain domain = lookup(machine);
        try {
            if (isActive(domain)) {
                throw new DriverException(machineName(machine) + " is running; deactivate it before detaching its disk.");
            }
            DomainXml definition = DomainXml.parse(persistentDefinition(domain));
            if (definition.detach()) {
                define(machine, definition.toString());
            }
        } finally {
            free(domain);
        }
    }

    /**
     * Per machine name, the file the machine boots from (its {@code vda} disk): as it runs now for a
     * running machine, else as its next start will use it. Machines without such a disk are left out.
     */
    public Map<String, String> bootDisks() throws DriverException {
        Map<String, String> disks = new TreeMap<>();
        Connect open = open();
        Domain[] domains = libvirt("list the machines", () -> open.listAllDomains(0));
        try {
            for (Domain domain : domains) {
                String name = libvirt("read a machine's name", domain::getName);
                String xml = isActive(domain) ? liveDefinition(domain)
                        : libvirt("read the definition of " + name, () -> domain.getXMLDesc(Domain.XMLFlags.INACTIVE));
                String source = DomainXml.parse(xml).bootDiskSource();
                if (source != null && !source.isEmpty()) {
                    disks.put(name, source);
                }
            }
        } finally {
            for (Domain domain : domains) {
                free(domain);
            }
        }
        return disks;
    }

    @Override
    public boolean isAlive() {
        try {
            return connect != null && connect.isAlive();
        } catch (LibvirtException e) {
            return false;
        }
    }

    /**
     * Registers a lifecycle callback with libvirt (delivered by the process's event loop, see
     * {@link LibvirtEvents}) and a close callback that reports a lost connection (the daemon stopped).
     */
    @Override
    public synchronized boolean addPowerListener(PowerListener listener) throws DriverException {
        Connect open = open();
        LifecycleListener lifecycle = (domain, event) -> {
            try {
                String name = domain.getName();
                String uuid = domain.getUUIDString();
                switch (event.getType()) {
                    case STARTED, RESUMED -> listener.powerChanged(name, uuid, PowerState.RUNNING);
                    case SUSPENDED, PMSUSPENDED -> listener.powerChanged(name, uuid, PowerState.PAUSED);
                    case STOPPED, CRASHED -> listener.powerChanged(name, uuid, PowerState.OFF);
                    case UNDEFINED -> listener.machineRemoved(name, uuid);
                    default -> {
                        // DEFINED, SHUTDOWN (a STOPPED follows) change no power state
                    }
                }
            } catch (LibvirtException | RuntimeException e) {
                // an event we cannot read is dropped; discovery corrects the state later
            }
            return 0;
        };
        libvirt("register for machine events", () -> {
            open.addLifecycleListener(lifecycle);
            return null;
        });
        lifecycleListeners.add(lifecycle);
        if (!closeListenerRegistered) {
            libvirt("register for connection events", () -> {
                open.registerCloseListener((c, reason) -> listener.connectionLost(
                        "the connection to " + uri + " closed (" + reason + ")"));
                return null;
            });
            closeListenerRegistered = true;
        }
        return true;
    }

    @Override
    public synchronized void close() {
        if (connect != null) {
            for (LifecycleListener listener : lifecycleListeners) {
                try {
                    connect.removeLifecycleListener(listener);
                } catch (LibvirtException | RuntimeException e) {
                    // the connection is going away anyway
                }
            }
            lifecycleListeners.clear();
            if (closeListenerRegistered) {
                try {
                    connect.unregisterCloseListener();
                } catch (LibvirtException | RuntimeException e) {
                    // as above
                }
            }
            closeQuietly(connect);
            connect = null;
        }
    }

    static void closeQuietly(Connect connect) {
        try {
            connect.close();
        } catch (LibvirtException e) {
            // closing is best effort; the process frees the rest
        }
    }

    private MachineInfo describe(Domain domain) throws DriverException {
        String name = libvirt("read a machine's name", domain::getName);
        DomainInfo info = info(domain);
        DomainXml xml = DomainXml.parse(libvirt("read the definition of " + name,
                () -> domain.getXMLDesc(Domain.XMLFlags.INACTIVE)));
        return new MachineInfo(name, libvirt("read the UUID of " + name, domain::getUUIDString),
                xml.architecture(), info.nrVirtCpu, info.maxMem / 1024, xml.macs(), PowerStates.of(info.state));
    }

    private String withAttachment(String definition, BootAttachment attachment) {
        DomainXml xml = DomainXml.parse(definition);
        xml.attach(attachment);
        return xml.toString();
    }

    private void define(String machine, String definition) throws DriverException {
        Connect open = open();
        Domain defined = libvirt("redefine " + machine, () -> open.domainDefineXML(definition));
        free(defined);
    }

    private Domain lookup(String name) throws DriverException {
        if (name == null || name.isBlank()) {
            throw new DriverException("No machine name given.");
        }
        try {
            return open().domainLookupByName(name);
        } catch (LibvirtException e) {
            if (LibvirtErrors.isNoDomain(e)) {
                throw new DriverException("Host " + uri + " has no machine named '" + name + "'.", e);
            }
            throw new DriverException("Cannot look up machine '" + name + "' on " + uri + ": "
                    + LibvirtErrors.message(e), e);
        }
    }

    /** The definition the next start uses (with secrets, so redefining it does not drop passwords). */
    private String persistentDefinition(Domain domain) throws DriverException {
        return libvirt("read a machine's definition",
                () -> domain.getXMLDesc(Domain.XMLFlags.INACTIVE | Domain.XMLFlags.SECURE));
    }

    private String liveDefinition(Domain domain) throws DriverException {
        return libvirt("read a running machine's definition", () -> domain.getXMLDesc(0));
    }

    private DomainInfo info(Domain domain) throws DriverException {
        return libvirt("read a machine's state", domain::getInfo);
    }

    private boolean isActive(Domain domain) throws DriverException {
        return libvirt("read a machine's state", domain::isActive) == 1;
    }

    /** A transient domain disappears when it stops: that counts as stopped. */
    private boolean isActiveOrGone(Domain domain) throws DriverException {
        try {
            return domain.isActive() == 1;
        } catch (LibvirtException e) {
            if (LibvirtErrors.isNoDomain(e)) {
                return false;
            }
            throw new DriverException("Cannot read a machine's state on " + uri + ": " + LibvirtErrors.message(e), e);
        }
    }

    private Connect open() throws DriverException {
        if (connect == null) {
            throw new DriverException("The connection to " + uri + " is closed.");
        }
        return connect;
    }

    private String machineName(String machine) {
        return "Machine '" + machine + "' on " + uri;
    }

    private static void requireDisk(ImageRef disk) throws DriverException {
        if (disk == null) {
            throw new DriverException("No disk image given.");
        }
        if (!disk.location().startsWith("/")) {
            throw new DriverException("libvirt boots from image files: '" + disk.location()
                    + "' is not an absolute file path.");
        }
    }

    private static void sleep() throws DriverException {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DriverException("Interrupted while waiting for a machine to shut down.", e);
        }
    }

    private static void free(Domain domain) {
        if (domain != null) {
            try {
                domain.free();
            } catch (LibvirtException e) {
                // already freed
            }
        }
    }

    private <T> T libvirt(String what, LibvirtCall<T> call) throws DriverException {
        try {
            return call.run();
        } catch (LibvirtException e) {
            throw new DriverException("Cannot " + what + " on " + uri + ": " + LibvirtErrors.message(e), e);
        }
    }

    @FunctionalInterface
    private interface LibvirtCall<T> {
        T run() throws LibvirtException;
    }
}
