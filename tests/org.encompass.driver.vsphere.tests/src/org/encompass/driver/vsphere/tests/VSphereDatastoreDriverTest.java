package org.encompass.driver.vsphere.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.encompass.core.credentials.CredentialStore;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.driver.vsphere.internal.VSphereDatastoreDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images on the simulator's datastore: imports, disk copies, template clones, deletes, errors. */
class VSphereDatastoreDriverTest {
    private static Vcsim vcsim;
    private static StorageDeviceSpec datastore;
    private static VSphereDatastoreDriver driver;

    @TempDir
    Path work;

    @BeforeAll
    static void simulatorWithATemplate() throws Exception {
        vcsim = Vcsim.shared();
        try (Inventory inventory = new Inventory(vcsim)) {
            inventory.ensureTemplate();
        }
        datastore = new StorageDeviceSpec("vsphere", "vsphere-datastore",
                vcsim.uri() + "&datastore=" + Inventory.DATASTORE);
        driver = new VSphereDatastoreDriver(location -> vcsim.credentials());
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void offersVolumeCopyAndValidatesTheDatastore() throws Exception {
        assertEquals(Set.of(CloneMethod.VOLUME_COPY), driver.supportedMethods(datastore));
        driver.validate(datastore);
        StorageDeviceSpec missing = new StorageDeviceSpec("x", "vsphere-datastore", vcsim.uri() + "&datastore=nope");
        DriverException e = assertThrows(DriverException.class, () -> driver.validate(missing));
        assertTrue(e.getMessage().contains("no datastore named nope"), e.getMessage());
    }

    @Test
    void importsARawImageAndCopiesItByteForByte() throws Exception {
        byte[] content = new byte[64 * 1024];
        new Random(42).nextBytes(content);
        Path raw = Files.write(work.resolve("master.raw"), content);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));

        ImageRef master = driver.importImage(datastore, raw, ImageFormat.RAW, unique("master"), null);
        ImageRef copy = driver.cloneImage(datastore, master, unique("copy"), CloneMethod.VOLUME_COPY, null);
        ImageRef captured = driver.captureImage(datastore, copy, unique("captured"), null);
        try (Inventory inventory = new Inventory(vcsim)) {
            for (ImageRef image : new ImageRef[] { master, copy, captured }) {
                assertEquals(sha, driver.sha256(datastore, image, null), image.location());
                assertEquals(content.length, driver.virtualSize(datastore, image), image.location());
                assertNull(image.backing(), "full copies depend on nothing");
            }
            String flat = copy.location().replace(".vmdk", "-flat.vmdk");
            assertArrayEquals(content, Files.readAllBytes(inventory.file(flat)));
            assertTrue(Files.readString(inventory.file(copy.location())).contains("RW 128 VMFS"),
                    "a vmdk descriptor names the flat extent");

            for (ImageRef image : new ImageRef[] { captured, copy, master }) {
                driver.deleteImage(datastore, image);
                assertFalse(Files.exists(inventory.file(image.location()).getParent()), image.location());
            }
        }
    }

    @Test
    void aTemplateCloneIsADiskInItsOwnDirectory() throws Exception {
        String name = unique("tc");
        ImageRef clone = driver.cloneImage(datastore, new ImageRef("template:" + Inventory.TEMPLATE, ImageFormat.RAW),
                name, CloneMethod.VOLUME_COPY, null);
        try (Inventory inventory = new Inventory(vcsim)) {
            assertEquals("[" + Inventory.DATASTORE + "] " + name + "/" + name + ".vmdk", clone.location());
            assertTrue(Files.isRegularFile(inventory.file(clone.location())));
            assertTrue(inventory.vm(Inventory.TEMPLATE).getConfig().isTemplate(), "the template stays a template");

            DriverException again = assertThrows(DriverException.class, () -> driver.cloneImage(datastore,
                    new ImageRef("template:" + Inventory.TEMPLATE, ImageFormat.RAW), name, CloneMethod.VOLUME_COPY, null));
            assertTrue(again.getMessage().contains("already exists"), again.getMessage());

            driver.deleteImageNamed(datastore, name);
            assertFalse(Files.exists(inventory.file(clone.location()).getParent()));
            driver.deleteImageNamed(datastore, name); // nothing left: not an error
        }
    }

    @Test
    void badRequestsAreClearErrors() throws Exception {
        ImageRef template = new ImageRef("template:" + Inventory.TEMPLATE, ImageFormat.RAW);
        DriverException method = assertThrows(DriverException.class,
                () -> driver.cloneImage(datastore, template, unique("x"), CloneMethod.COW, null));
        assertTrue(method.getMessage().contains("VOLUME_COPY"), method.getMessage());

        DriverException notTemplate = assertThrows(DriverException.class, () -> driver.cloneImage(datastore,
                new ImageRef("template:" + Inventory.MACHINE, ImageFormat.RAW), unique("x"), CloneMethod.VOLUME_COPY, null));
        assertTrue(notTemplate.getMessage().contains("is not a template"), notTemplate.getMessage());

        DriverException missing = assertThrows(DriverException.class, () -> driver.cloneImage(datastore,
                new ImageRef("[" + Inventory.DATASTORE + "] none/none.vmdk", ImageFormat.RAW), unique("x"),
                CloneMethod.VOLUME_COPY, null));
        assertTrue(missing.getMessage().contains(vcsim.server()), missing.getMessage());

        DriverException name = assertThrows(DriverException.class,
                () -> driver.cloneImage(datastore, template, "../escape", CloneMethod.VOLUME_COPY, null));
        assertTrue(name.getMessage().contains("image name"), name.getMessage());

        Path qcow2 = Files.write(work.resolve("a.qcow2"), new byte[512]);
        DriverException format = assertThrows(DriverException.class,
                () -> driver.importImage(datastore, qcow2, ImageFormat.QCOW2, unique("q"), null));
        assertTrue(format.getMessage().contains("raw images only"), format.getMessage());
    }

    @Test
    void theRegisteredDriverLogsInWithSecureStorageOrSaysWhatIsMissing(@org.junit.jupiter.api.io.TempDir Path secure)
            throws Exception {
        String before = System.getProperty(CredentialStore.DIRECTORY_PROPERTY);
        System.setProperty(CredentialStore.DIRECTORY_PROPERTY, secure.toString());
        try {
            DriverException e = assertThrows(DriverException.class, () -> new VSphereDatastoreDriver().validate(datastore));
            assertTrue(e.getMessage().contains("no user name and password"), e.getMessage());
            // Stored for the host's SDK URL (the location without its query), as an operator would.
            String host = vcsim.uri().substring(0, vcsim.uri().indexOf('?'));
            Credentials login = vcsim.credentials();
            new CredentialStore(secure).set(host, login.user(), login.password().clone());
            new VSphereDatastoreDriver().validate(datastore);
        } finally {
            if (before == null) {
                System.clearProperty(CredentialStore.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(CredentialStore.DIRECTORY_PROPERTY, before);
            }
        }
    }
}
