import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.encompass.core.customization.ApplyResult;
import org.encompass.core.customization.CustomizationEngine;
import org.encompass.core.customization.CustomizationItem;
import org.encompass.core.customization.Ext4ImageFiles;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.customization.GuestfsBatch;
import org.encompass.core.customization.GuestfsImageFiles;
import org.encompass.core.customization.ImageFiles;
import org.encompass.core.customization.RegexReplacement;

/**
 * Prints figures, asserts nothing: 10 items (5 file replacements, 5 regex items) on one XFS-on-LVM clone in an
 * appliance of its own, on 16 clones in one batch appliance, and on an ext4 image through debugfs (the fast
 * path). Run by releng/bench/guestfs-customize.sh, which builds the images.
 * APPLIANCES (default 1) splits the batch into that many appliances customizing on threads of their own (a
 * measurement for 2-core machines: TCG runs one appliance's guest on one host thread).
 *   java -cp CORE:DEPS GuestfsCustomizeBench.java WORKDIR [CLONES [APPLIANCES]]
 */
public class GuestfsCustomizeBench {
    static final List<CustomizationItem> ITEMS = new ArrayList<>();
    static {
        for (int i = 0; i < 5; i++) {
            ITEMS.add(new FileReplacement("file " + i, "/etc/encompass-" + i, "${hostname} " + i + "\n", true));
            ITEMS.add(new RegexReplacement("regex " + i, "/etc/hosts", "template-host" + i, "${hostname}-" + i, ""));
        }
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int appliances = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        CustomizationEngine engine = new CustomizationEngine();
        long start = System.nanoTime();
        double itemsSingle;
        try (ImageFiles files = GuestfsImageFiles.open(work.resolve("clone0.img"), "raw")) {
            double opened = seconds(start);
            long items = System.nanoTime();
            check(engine.apply(files, ITEMS, 0, ITEMS.size(), Map.of("hostname", "single")));
            itemsSingle = seconds(items);
            System.out.printf("libguestfs, 1 XFS-on-LVM clone: launch+open %.1f s, 10 items %.1f s%n", opened, itemsSingle);
        }
        double single = seconds(start);
        System.out.printf("libguestfs, 1 XFS-on-LVM clone: total %.1f s (appliance stopped included)%n", single);

        List<Path> clones = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            clones.add(work.resolve("clone" + i + ".img"));
        }
        start = System.nanoTime();
        // APPLIANCES > 1: the clones split into that many batches, each customized on a thread of its own
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int a = 0; a < appliances; a++) {
            List<Path> share = new ArrayList<>();
            for (int i = a; i < clones.size(); i += appliances) {
                share.add(clones.get(i));
            }
            int first = a;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    batch(engine, share, first, appliances);
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.get(0));
        }
        double batch = seconds(start);
        System.out.printf("libguestfs, %d clones batch total (%d appliance(s)) %.1f s = %.2fx the single clone (goal <= 2x)%n",
                count, appliances, batch, batch / single);

        List<Double> runs = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            Path ext4 = work.resolve("ext4-" + run + ".img");
            Files.copy(work.resolve("ext4.img"), ext4);
            long t = System.nanoTime();
            try (ImageFiles files = new Ext4ImageFiles(ext4, 0)) {
                check(engine.apply(files, ITEMS, 0, ITEMS.size(), Map.of("hostname", "ext4")));
            }
            runs.add(seconds(t));
            Files.delete(ext4);
        }
        runs.sort(null);
        System.out.printf("ext4 through debugfs (fast path), 10 items incl. open/close: median %.2f s of 5 %s (goal <= 0.5 s)%n",
                runs.get(2), runs);
    }

    /** One appliance customizing {@code clones} one after another; {@code first}: the first clone's number. */
    static void batch(CustomizationEngine engine, List<Path> clones, int first, int step) throws Exception {
        long start = System.nanoTime();
        try (GuestfsBatch batch = GuestfsBatch.open(clones, "raw")) {
            double launched = seconds(start);
            List<String> perClone = new ArrayList<>();
            for (int i = 0; i < clones.size(); i++) {
                long clone = System.nanoTime();
                try (ImageFiles files = batch.files(i)) {
                    double opened = seconds(clone);
                    check(engine.apply(files, ITEMS, 0, ITEMS.size(), Map.of("hostname", "clone" + (first + i * step))));
                    perClone.add(String.format("%.1f+%.1f", opened, seconds(clone) - opened));
                }
            }
            System.out.println("per clone, open + 10 items (s): " + perClone);
            System.out.printf("libguestfs, %d XFS-on-LVM clones in one appliance: launch %.1f s, %d items %.1f s%n",
                    clones.size(), launched, clones.size() * ITEMS.size(), seconds(start) - launched);
        }
    }

    static void check(ApplyResult result) {
        if (result.pointer() != ITEMS.size() || !result.warnings().isEmpty()) {
            throw new IllegalStateException("items not applied: " + result.warnings());
        }
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
