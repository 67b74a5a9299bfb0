package org.encompass.driver.storage.libvirt.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.encompass.core.spi.CopyProgress;
import org.encompass.core.spi.DriverException;
import org.encompass.driver.libvirt.LibvirtErrors;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StorageVol;
import org.libvirt.Stream;

/**
 * A volume's bytes through libvirt streams, for volumes that are not our local files (a remote daemon).
 * libvirt-java 0.5.4 has no sparse streams (virStreamSendHole), so an upload writes every zero and the
 * volume ends up fully allocated; local dir pools are filled with {@code cp --sparse=always} instead.
 * libvirt's test driver has no volume upload or download at all.
 */
public final class VolumeStreams {
    private static final int CHUNK = 1 << 20;

    private VolumeStreams() {
    }

    /** Writes {@code file} into {@code volume} from its start. */
    public static void upload(Connect connection, StorageVol volume, Path file, CopyProgress progress,
            IProgressMonitor monitor) throws DriverException {
        Stream stream = newStream(connection);
        boolean finished = false;
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            volume.upload(stream, 0, size, 0);
            byte[] buffer = new byte[CHUNK];
            long done = 0;
            int n;
            while ((n = in.readNBytes(buffer, 0, CHUNK)) > 0) {
                if (monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                sendAll(stream, n == CHUNK ? buffer : Arrays.copyOf(buffer, n));
                done += n;
                progress.update(done);
            }
            stream.finish();
            finished = true;
        } catch (LibvirtException e) {
            throw new DriverException("Cannot upload " + file + " into a volume: " + LibvirtErrors.message(e), e);
        } catch (IOException e) {
            throw new DriverException("Cannot read " + file + ": " + e.getMessage(), e);
        } finally {
            release(stream, finished);
        }
    }

    /** Reads the whole volume, handing each chunk to {@code sink}. */
    public static void download(Connect connection, StorageVol volume, Consumer<byte[]> sink, IProgressMonitor monitor)
            throws DriverException {
        Stream stream = newStream(connection);
        boolean finished = false;
        try {
            volume.download(stream, 0, 0, 0);
            byte[] buffer = new byte[CHUNK];
            int n;
            while ((n = stream.receive(buffer)) > 0) {
                if (monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                sink.accept(n == CHUNK ? buffer : Arrays.copyOf(buffer, n));
            }
            stream.finish();
            finished = true;
        } catch (LibvirtException e) {
            throw new DriverException("Cannot read a volume through libvirt: " + LibvirtErrors.message(e), e);
        } finally {
            release(stream, finished);
        }
    }

    private static Stream newStream(Connect connection) throws DriverException {
        try {
            return connection.streamNew(0);
        } catch (LibvirtException e) {
            throw new DriverException("Cannot open a libvirt stream: " + LibvirtErrors.message(e), e);
        }
    }

    private static void sendAll(Stream stream, byte[] data) throws LibvirtException, DriverException {
        int sent = 0;
        while (sent < data.length) {
            int n = stream.send(sent == 0 ? data : Arrays.copyOfRange(data, sent, data.length));
            if (n <= 0) {
                throw new DriverException("Cannot upload into a volume: the libvirt stream accepted no more bytes.");
            }
            sent += n;
        }
    }

    private static void release(Stream stream, boolean finished) {
        try {
            if (!finished) {
                stream.abort();
            }
        } catch (LibvirtException e) {
            // aborting a stream that failed already
        }
        try {
            stream.free();
        } catch (LibvirtException e) {
            // freed is freed
        }
    }
}
