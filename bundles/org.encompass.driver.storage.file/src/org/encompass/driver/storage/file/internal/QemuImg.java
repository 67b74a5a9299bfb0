package org.encompass.driver.storage.file.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ExternalCommand;
import org.encompass.core.spi.ImageFormat;

/** The qemu-img commands the driver needs (Debian package qemu-utils). */
final class QemuImg {
    private static final Duration QUICK = Duration.ofMinutes(1);
    private static final Pattern PROGRESS = Pattern.compile("\\((\\d+(?:\\.\\d+)?)/100%\\)");
    private static volatile Boolean available;

    private QemuImg() {
    }

    /** Whether qemu-img can be run at all (checked once per run). */
    static boolean available() {
        Boolean known = available;
        if (known == null) {
            try {
                new ExternalCommand(QUICK, "qemu-img", "--version").run(null);
                known = Boolean.TRUE;
            } catch (DriverException e) {
                known = Boolean.FALSE;
            }
            available = known;
        }
        return known;
    }

    /**
     * Describes an image. With {@code format} null qemu-img probes the format (used to check an
     * import); otherwise it is told the format, which is safer for images whose content we do not trust.
     * {@code -U} lets it read images a running machine holds open.
     */
    static QemuImgInfo info(Path image, ImageFormat format) throws DriverException {
        ExternalCommand command = format == null
                ? new ExternalCommand(QUICK, "qemu-img", "info", "-U", "--output=json", image.toString())
                : new ExternalCommand(QUICK, "qemu-img", "info", "-U", "-f", format.qemuName(), "--output=json",
                        image.toString());
        String json = command.run(null);
        try {
            return QemuImgInfo.fromJson(json);
        } catch (IllegalArgumentException e) {
            throw new DriverException("Cannot read what qemu-img says about " + image + ": " + e.getMessage(), e);
        }
    }

    /** Creates a qcow2 overlay at {@code overlay} (which must not exist) whose backing file is {@code backing}. */
    static void createOverlay(Path backing, ImageFormat backingFormat, Path overlay, IProgressMonitor monitor)
            throws DriverException {
        new ExternalCommand(QUICK, "qemu-img", "create", "-q", "-f", "qcow2", "-b", backing.toString(), "-F",
                backingFormat.qemuName(), overlay.toString()).run(monitor);
    }

    /**
     * Writes a self-contained copy of {@code source} (following its whole backing chain) to
     * {@code target} in {@code targetFormat}, reporting qemu-img's own percentage to the monitor.
     */
    static void convert(Path source, ImageFormat sourceFormat, Path target, ImageFormat targetFormat,
            Duration timeout, IProgressMonitor monitor) throws DriverException {
        SubMonitor progress = SubMonitor.convert(monitor, "Flattening " + source.getFileName(), 1000);
        PercentTracker percent = new PercentTracker();
        new ExternalCommand(timeout, "qemu-img", "convert", "-p", "-f", sourceFormat.qemuName(), "-O",
                targetFormat.qemuName(), source.toString(), target.toString())
                .onOutput(percent::read)
                .whileRunning(() -> percent.reportTo(progress))
                .run(progress);
        progress.done();
    }

    /** Turns qemu-img's "(12.34/100%)" progress lines into monitor work (permille). */
    private static final class PercentTracker {
        private volatile int permille;
        private int reported;

        void read(String segment) {
            Matcher m = PROGRESS.matcher(segment);
            if (m.find()) {
                permille = (int) Math.min(1000, Math.round(Double.parseDouble(m.group(1)) * 10));
            }
        }

        /** Reports to the monitor what qemu-img finished since the last call. */
        void reportTo(SubMonitor progress) {
            int now = permille;
            if (now > reported) {
                progress.worked(now - reported);
                reported = now;
            }
        }
    }
}
