package org.encompass.driver.libvirt.internal;

import java.time.Duration;

import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.HypervisorConnection;
import org.encompass.core.spi.HypervisorDriver;

/**
 * Hypervisor driver for libvirt hosts ({@code qemu:///system}, {@code qemu+ssh://host/system},
 * {@code xen:///}, and the in-process {@code test:///} driver), through libvirt-java and the host's
 * libvirt client library (Debian package libvirt0).
 */
public final class LibvirtHypervisorDriver implements HypervisorDriver {
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private final Duration connectTimeout;

    public LibvirtHypervisorDriver() {
        this(DEFAULT_CONNECT_TIMEOUT);
    }

    /** A driver that gives up connecting after {@code connectTimeout}. */
    public LibvirtHypervisorDriver(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    @Override
    public HypervisorConnection connect(String uri) throws DriverException {
        return connect(uri, Credentials.NONE);
    }

    /**
     * Credentials answer libvirt's authentication questions (SASL user and passphrase). Transports
     * with their own authentication need none: {@code qemu+ssh://} uses the ssh agent or keys of the
     * user running Encompass, {@code qemu:///system} the local socket's permissions.
     */
    @Override
    public LibvirtConnection connect(String uri, Credentials credentials) throws DriverException {
        return new LibvirtConnection(uri, ConnectionOpener.open(uri, credentials, connectTimeout));
    }
}
