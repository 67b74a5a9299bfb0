package org.encompass.driver.storage.libvirt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.OperationCanceledException;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.driver.storage.libvirt.internal.LibvirtPoolStorageDriver;
import org.encompass.driver.storage.libvirt.internal.PoolConnections;
import org.encompass.tests.support.RawImages;
import org.encompass.tests.support.RecordingMonitor;
import org.encompass.tests.support.Shell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.libvirt.Connect;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;

/**
 * The driver on libvirt's in-process test driver ({@code test:///default}, pool {@code default-pool}):
 * volume metadata only, no daemon, no bytes. Checks what the pool records: volumes created, copied,
 * backed, deleted, and the refusals. The test driver's state lives while a connection is open; the
 * driver keeps one, and the tests look through that same connection.
 */
class TestDriverPoolTest {
    private static final String URI = "test:///default";
    private static final StorageDeviceSpec POOL = new StorageDeviceSpec("pool1", "libvirt-pool", URI + "#default-pool");

    @TempDir
    static Path temp;
    private static Path rawSource;
    private final LibvirtPoolStorageDriver driver = new LibvirtPoolStorageDriver();

    @BeforeAll
    static void makeSource() throws Exception {
        rawSource = RawImages.sparseSpread(temp.resolve("master.img"), 32, 4, 1);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static StoragePool pool() throws Exception {
        return PoolConnections.shared().connect(URI).storagePoolLookupByName("default-pool");
    }

    private static StorageVol volume(String name) throws Exception {
        for (String existing : pool().listVolumes()) {
            if (existing.equals(name)) {
                return pool().storageVolLookupByName(name);
            }
        }
        return null;
    }

    private ImageRef importMaster() throws DriverException {
        return driver.importImage(POOL, rawSource, ImageFormat.RAW, unique("master"), new RecordingMonitor());
    }

    @Test
    void isContributedThroughTheExtensionPointWithItsCloneMethods() throws Exception {
        assertInstanceOf(LibvirtPoolStorageDriver.class, Drivers.storage().driver("libvirt-pool"));
        assertEquals(List.of("VOLUME_COPY", "COW"),
                Drivers.storage().descriptor("libvirt-pool").orElseThrow().listAttribute("cloneMethods"));
        assertEquals(java.util.EnumSet.of(CloneMethod.VOLUME_COPY, CloneMethod.COW), driver.supportedMethods(POOL));
    }

    /** The test driver keeps metadata only: its masters' contents stay in the repository (at most 1 MiB). */
    @Test
    void theTestDriverKeepsNoContents() throws Exception {
        assertEquals(null, driver.contentDirectory(POOL));
    }

    @Test
    void validateExplainsWrongLocationsUriPoolsAndInactivePools() throws Exception {
        driver.validate(POOL);
        String noHash = assertThrows(DriverException.class, () -> driver.validate(spec(URI))).getMessage();
        assertTrue(noHash.contains("names no pool") && noHash.contains("<libvirt URI>#<pool>"), noHash);
        String noScheme = assertThrows(DriverException.class, () -> driver.validate(spec("nowhere#pool"))).getMessage();
        assertTrue(noScheme.contains("not a libvirt URI"), noScheme);
        String badUri = assertThrows(DriverException.class, () -> driver.validate(spec("nosuchdriver:///x#p")))
                .getMessage();
        assertTrue(badUri.startsWith("Cannot connect to nosuchdriver:///x"), badUri);
        String unknown = assertThrows(DriverException.class, () -> driver.validate(spec(URI + "#nope"))).getMessage();
        assertTrue(unknown.contains("no storage pool nope on " + URI) && unknown.contains("default-pool"), unknown);

        String name = unique("inactive");
        Connect connection = PoolConnections.shared().connect(URI);
        StoragePool inactive = connection.storagePoolDefineXML(
                "<pool type='dir'><name>" + name + "</name><target><path>/" + name + "</path></target></pool>", 0);
        try {
            String message = assertThrows(DriverException.class, () -> driver.validate(spec(URI + "#" + name)))
                    .getMessage();
            assertTrue(message.contains("is not active") && message.contains("pool-start " + name), message);
            String listed = assertThrows(DriverException.class, () -> driver.validate(spec(URI + "#nope")))
                    .getMessage();
            assertTrue(listed.contains(name + " (inactive)"), listed);
        } finally {
            inactive.undefine();
        }
    }

    private static StorageDeviceSpec spec(String location) {
        return new StorageDeviceSpec("p", "libvirt-pool", location);
    }

    @Test
    void importCreatesAVolumeOfTheImagesSizeAndFormat(@TempDir Path dir) throws Exception {
        ImageRef raw = importMaster();
        StorageVol volume = volume(Path.of(raw.location()).getFileName().toString());
        assertNotNull(volume, raw.location());
        assertEquals(32L << 20, volume.getInfo().capacity);
        assertTrue(volume.getXMLDesc(0).contains("<format type='raw'/>"), volume.getXMLDesc(0));
        assertEquals(32L << 20, driver.virtualSize(POOL, raw));

        Path qcow2 = dir.resolve("q.qcow2");
        Shell.run("qemu-img", "create", "-q", "-f", "qcow2", qcow2.toString(), "48M");
        ImageRef q = driver.importImage(POOL, qcow2, ImageFormat.QCOW2, unique("q"), null);
        assertTrue(q.location().endsWith(".qcow2"), q.location());
        assertEquals(48L << 20, driver.virtualSize(POOL, q));

        String wrong = assertThrows(DriverException.class,
                () -> driver.importImage(POOL, qcow2, ImageFormat.RAW, unique("wrong"), null)).getMessage();
        assertTrue(wrong.contains("is a qcow2 image, not raw"), wrong);
        driver.deleteImage(POOL, raw);
        driver.deleteImage(POOL, q);
    }

    @Test
    void volumeCopyMakesANewVolumeOfTheSameSizeWithoutBacking() throws Exception {
        ImageRef master = importMaster();
        String name = unique("copy");
        ImageRef copy = driver.cloneImage(POOL, master, name, CloneMethod.VOLUME_COPY, new RecordingMonitor());
        assertEquals("/default-pool/" + name + ".img", copy.location());
        assertEquals(ImageFormat.RAW, copy.format());
        assertNull(copy.backing());
        StorageVol volume = volume(name + ".img");
        assertEquals(32L << 20, volume.getInfo().capacity);
        assertTrue(!volume.getXMLDesc(0).contains("<backingStore>"), volume.getXMLDesc(0));
        driver.deleteImage(POOL, copy);
        driver.deleteImage(POOL, master);
    }

    @Test
    void copyOnWriteVolumeHasTheMasterAsBackingStoreAndTheMasterCannotBeDeletedUnderIt() throws Exception {
        ImageRef master = importMaster();
        String first = unique("cow");
        String second = unique("cow");
        ImageRef cow = driver.cloneImage(POOL, master, first, CloneMethod.COW, null);
        ImageRef cow2 = driver.cloneImage(POOL, master, second, CloneMethod.COW, null);
        assertEquals(ImageFormat.QCOW2, cow.format());
        assertEquals(master.location(), cow.backing());
        String xml = volume(first + ".qcow2").getXMLDesc(0);
        assertTrue(xml.contains("<format type='qcow2'/>") && xml.contains("<path>" + master.location() + "</path>"),
                xml);

        String refused = assertThrows(DriverException.class, () -> driver.deleteImage(POOL, master)).getMessage();
        assertTrue(refused.contains("copy-on-write volumes still depend on it") && refused.contains(first + ".qcow2")
                && refused.contains(second + ".qcow2"), refused);
        assertNotNull(volume(Path.of(master.location()).getFileName().toString()), "the master is still there");

        driver.deleteImage(POOL, cow);
        driver.deleteImageNamed(POOL, second);
        assertNull(volume(second + ".qcow2"));
        driver.deleteImage(POOL, master);
        assertNull(volume(Path.of(master.location()).getFileName().toString()));
        driver.deleteImage(POOL, master); // gone already: no error
        driver.deleteImage(POOL, cow2);
    }

    @Test
    void captureOfACopyOnWriteCloneIsAStandaloneVolume() throws Exception {
        ImageRef master = importMaster();
        ImageRef cow = driver.cloneImage(POOL, master, unique("cow"), CloneMethod.COW, null);
        String name = unique("captured");
        ImageRef captured = driver.captureImage(POOL, cow, name, null);
        assertEquals(ImageFormat.QCOW2, captured.format());
        assertNull(captured.backing());
        assertTrue(!volume(name + ".qcow2").getXMLDesc(0).contains("<backingStore>"));
        driver.deleteImage(POOL, cow);
        driver.deleteImage(POOL, captured);
        driver.deleteImage(POOL, master);
    }

    @Test
    void aTakenNameIsRefusedAndTheExistingVolumeKept() throws Exception {
        ImageRef master = importMaster();
        String name = unique("taken");
        ImageRef first = driver.cloneImage(POOL, master, name, CloneMethod.VOLUME_COPY, null);
        String message = assertThrows(DriverException.class,
                () -> driver.cloneImage(POOL, master, name, CloneMethod.VOLUME_COPY, null)).getMessage();
        assertTrue(message.contains("exists already"), message);
        assertNotNull(volume(name + ".img"));
        String method = assertThrows(DriverException.class,
                () -> driver.cloneImage(POOL, master, unique("x"), CloneMethod.REFLINK, null)).getMessage();
        assertTrue(method.contains("offers VOLUME_COPY and COW"), method);
        driver.deleteImage(POOL, first);
        driver.deleteImage(POOL, master);
    }

    @Test
    void aCancelledCloneLeavesNoVolume() throws Exception {
        ImageRef master = importMaster();
        for (CloneMethod method : List.of(CloneMethod.VOLUME_COPY, CloneMethod.COW)) {
            for (int cancelAt : new int[] { 1, 2 }) { // before the call; after libvirt made the volume
                String name = unique("cancelled");
                assertThrows(OperationCanceledException.class,
                        () -> driver.cloneImage(POOL, master, name, method, new RecordingMonitor(cancelAt)));
                assertNull(volume(name + ".img"), method + " cancelled at check " + cancelAt);
                assertNull(volume(name + ".qcow2"), method + " cancelled at check " + cancelAt);
            }
        }
        driver.deleteImage(POOL, master);
    }

    @Test
    void listImagesShowsEveryVolumeIncludingLeftovers() throws Exception {
        String leftover = unique("leftover") + ".img";
        pool().storageVolCreateXML("<volume><name>" + leftover + "</name><capacity>1048576</capacity></volume>", 0);
        ImageRef master = importMaster();
        List<String> listed = driver.listImages(POOL).stream().map(ImageRef::location).toList();
        assertTrue(listed.contains("/default-pool/" + leftover) && listed.contains(master.location()),
                listed::toString);
        driver.deleteImageNamed(POOL, leftover.replace(".img", ""));
        assertNull(volume(leftover));
        driver.deleteImage(POOL, master);
    }

    @Test
    void bytesAreRefusedClearlyBecauseTheTestDriverKeepsNone() throws Exception {
        ImageRef master = importMaster();
        String sha = assertThrows(DriverException.class, () -> driver.sha256(POOL, master, null)).getMessage();
        assertTrue(sha.contains("test driver keeps volume metadata only"), sha);
        String raw = assertThrows(DriverException.class, () -> driver.localRawFile(POOL, master)).getMessage();
        assertTrue(raw.contains("cannot be edited here"), raw);
        driver.deleteImage(POOL, master);
        String gone = assertThrows(DriverException.class, () -> driver.virtualSize(POOL, master)).getMessage();
        assertTrue(gone.contains("does not exist"), gone);
    }
}
