package org.encompass.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * One SWT display for every UI test, on its own thread that runs the event loop (and, nested in it,
 * the console's workbench when a test starts one). Tests run on JUnit's thread and touch widgets
 * only through {@link #sync}; they wait by polling, so Jobs and asyncExecs run as in the product.
 */
final class UiThread {
    private static Display display;

    private UiThread() {
    }

    static synchronized Display display() {
        if (display == null) {
            CompletableFuture<Display> created = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                Display d = new Display();
                created.complete(d);
                while (!d.isDisposed()) {
                    if (!d.readAndDispatch()) {
                        d.sleep();
                    }
                }
            }, "ui-tests");
            thread.setDaemon(true);
            thread.start();
            display = created.join();
        }
        return display;
    }

    static <T> T sync(Supplier<T> body) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicReference<Error> error = new AtomicReference<>();
        display().syncExec(() -> {
            try {
                result.set(body.get());
            } catch (RuntimeException e) {
                failure.set(e);
            } catch (Error e) {
                error.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        if (error.get() != null) {
            throw error.get();
        }
        return result.get();
    }

    static void run(Runnable body) {
        sync(() -> {
            body.run();
            return null;
        });
    }

    /** Polls {@code condition} on the UI thread until it holds; fails after {@code seconds}. */
    static void waitFor(String what, int seconds, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (sync(condition::getAsBoolean)) {
                return;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("timed out after " + seconds + " s waiting for: " + what);
    }

    /** Saves what the screen shows within {@code bounds} (display coordinates) to target/screenshots. */
    static Path screenshot(String name, Supplier<Rectangle> bounds) throws IOException {
        Path out = Files.createDirectories(Path.of("target", "screenshots")).resolve(name);
        // Let the X server paint what changed (painting is asynchronous), then copy the pixels.
        for (int i = 0; i < 3; i++) {
            run(() -> {
                for (var shell : display.getShells()) {
                    shell.update();
                }
                while (display.readAndDispatch()) {
                    // process paint events
                }
            });
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        run(() -> {
            while (display.readAndDispatch()) {
                // paint what is pending first
            }
            Rectangle area = bounds.get();
            Image image = new Image(display, area.width, area.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, area.x, area.y);
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(out.toString(), SWT.IMAGE_PNG);
            image.dispose();
        });
        return out;
    }
}
