package org.encompass.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

import org.encompass.core.DeployRequest;
import org.encompass.core.DeployResult;
import org.encompass.core.ImportRequest;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.customization.GuestfsBatch;
import org.encompass.core.customization.ImageFiles;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.ImageFormat;
import org.encompass.model.Clone;
import org.encompass.tests.support.ImageTools;
import org.encompass.tests.support.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deploy whose clones libguestfs customizes (a FAT master: no ext4 for debugfs) shares one appliance among
 * them instead of launching one per clone (issue 20): three clones, one launch, each clone with its own
 * items applied and its pointer at the end; and when that appliance stops, the clones fall back to appliances of
 * their own. The clones are the fake storage driver's copies of the image file.
 */
class GuestfsDeployTest {
    @TempDir
    Path dir;
    EngineFixture f;

    @AfterEach
    void tearDown() {
        if (f != null) {
            f.close();
        }
    }

    /** A FAT master (no ext4 for debugfs: libguestfs customizes its clones) with two items. */
    private void fatMasterWithTwoItems() throws Exception {
        Assumptions.assumeTrue(ImageTools.find("guestfish") != null,
                "guestfish is not installed (releng/scripts/guestfs.sh install)");
        ImageTools.assumeInstalled("mkfs.vfat");
        f = new EngineFixture(dir);
        Path image = dir.resolve("efi.img");
        Shell.run("truncate", "-s", "16M", image.toString());
        Shell.run("mkfs.vfat", image.toString());
        f.engine.importMaster(ImportRequest.of("efi", image, ImageFormat.RAW, "nas").withRequirements("x86_64", 2, 1024, 0),
                null);
        f.engine.addCustomizationItem("efi", new FileReplacement("identity", "/encompass-id", "${clone}\n", true));
        f.engine.addCustomizationItem("efi", new FileReplacement("machine", "/machine", "${machine}\n", true));
    }

    private int pointer(String clone) {
        return f.read(site -> site.getClones().stream().filter(c -> c.getName().equals(clone)).findFirst().orElseThrow()
                .getCustomizationPointer());
    }

    /**
     * The shared appliance dies (as a request that runs out of time stops it) after it started and before any
     * clone was customized in it: the clones not yet begun go on in one new shared appliance (not one each)
     * instead of failing with it.
     * It is killed when the first customization job is scheduled (before any runs), so this is deterministic.
     */
    @Test
    void whenTheSharedApplianceStopsTheRestOfTheBatchGoesOnInOneNewSharedAppliance() throws Exception {
        fatMasterWithTwoItems();
        AtomicBoolean killed = new AtomicBoolean();
        IJobChangeListener killer = new JobChangeAdapter() {
            @Override
            public void scheduled(IJobChangeEvent event) {
                if (event.getJob().getName().startsWith("Customizing clones of efi") && killed.compareAndSet(false, true)) {
                    ProcessHandle.current().descendants()
                            .filter(p -> p.info().command().map(c -> c.endsWith("guestfish")).orElse(false))
                            .forEach(GuestfsDeployTest::killWithItsQemu);
                }
            }
        };
        long launchedBefore = GuestfsBatch.appliancesStarted();
        Job.getJobManager().addJobChangeListener(killer);
        DeployResult result;
        try {
            result = f.engine.deploy(new DeployRequest("efi", List.of("lab/vm-01", "lab/vm-02"), CloneMethod.FULL,
                    Map.of(), false), null);
        } finally {
            Job.getJobManager().removeJobChangeListener(killer);
        }

        assertTrue(killed.get(), "the shared appliance was killed");
        assertTrue(result.succeeded(), result.toString());
        assertEquals(2, GuestfsBatch.appliancesStarted() - launchedBefore,
                "the shared one, then one new shared one for the clones not yet begun (not one per clone)");
        for (DeployResult.MachineOutcome outcome : result.outcomes()) {
            assertEquals(2, pointer(outcome.cloneName()), outcome.cloneName());
        }
    }

    private static void killWithItsQemu(ProcessHandle guestfish) {
        guestfish.descendants().forEach(ProcessHandle::destroyForcibly);
        guestfish.destroyForcibly();
        guestfish.onExit().join();
    }

    @Test
    void theClonesOfADeployAreCustomizedInOneAppliance() throws Exception {
        fatMasterWithTwoItems();
        List<String> machines = List.of("lab/vm-01", "lab/vm-02", "lab/vm-03");
        long launchedBefore = GuestfsBatch.appliancesStarted();

        DeployResult result = f.engine.deploy(new DeployRequest("efi", machines, CloneMethod.FULL, Map.of(), false), null);

        assertTrue(result.succeeded(), result.toString());
        assertEquals(1, GuestfsBatch.appliancesStarted() - launchedBefore, "one appliance for the three clones");
        List<Path> files = new ArrayList<>();
        for (DeployResult.MachineOutcome outcome : result.outcomes()) {
            assertEquals(2, pointer(outcome.cloneName()), outcome.cloneName());
            files.add(Path.of(f.read(site -> site.getClones().stream().filter(c -> c.getName().equals(outcome.cloneName()))
                    .findFirst().map(Clone::getLocation).orElseThrow())));
        }
        try (GuestfsBatch check = GuestfsBatch.open(files, "raw")) {
            for (int i = 0; i < files.size(); i++) {
                try (ImageFiles clone = check.files(i)) {
                    DeployResult.MachineOutcome outcome = result.outcomes().get(i);
                    assertEquals(outcome.cloneName() + "\n", new String(clone.read("/encompass-id"), StandardCharsets.UTF_8));
                    String machine = new String(clone.read("/MACHINE"), StandardCharsets.UTF_8); // FAT: any case
                    assertTrue(machine.endsWith("\n") && outcome.machine().endsWith(machine.strip()), machine);
                }
            }
        }
    }
}
