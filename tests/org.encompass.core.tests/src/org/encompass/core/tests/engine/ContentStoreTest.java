package org.encompass.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.encompass.core.EncompassException;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.spi.CloneMethod;
import org.encompass.model.Master;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File-replacement contents live on the master's storage device by SHA-256, the repository records only digest
 * and size (issue 21): through the engine on a real repository (CDO on Derby) and the fake storage driver, whose
 * content directory is {@code <device>-contents}.
 */
class ContentStoreTest {
    @TempDir
    Path dir;
    private EngineFixture f;

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private Path contents() {
        return dir.resolve("nas-contents");
    }

    private org.encompass.model.FileReplacement item(int index) {
        return f.read(site -> (org.encompass.model.FileReplacement) master(site, "web").getCustomizationItems().get(index));
    }

    private static Master master(org.encompass.model.Site site, String name) {
        return site.getMasters().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theRepositoryHoldsDigestAndSizeAndApplyWritesTheExactBytes() throws Exception {
        f = new EngineFixture(dir);
        String content = "motd \u2713\n".repeat(300_000); // 3.3 MiB: more than the repository ever held
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        f.engine.addCustomizationItem("web", new FileReplacement("motd", "/etc/motd", content, false));
        f.restart();
        org.encompass.model.FileReplacement stored = item(0);
        assertNull(stored.getContent(), "the repository holds no content");
        assertEquals(sha256(bytes), stored.getContentSha256());
        assertEquals(bytes.length, stored.getContentSize());
        assertArrayEquals(bytes, Files.readAllBytes(contents().resolve(sha256(bytes))), "the device holds the content");

        String clone = f.engine.cloneMaster("web", CloneMethod.SPARSE, null);
        f.engine.customizeApply(clone, 1, null);
        assertArrayEquals(bytes, Files.readAllBytes(f.imageOf(clone).resolve("etc/motd")));
    }

    @Test
    void aChangedOrMissingContentIsRefusedAndNothingIsApplied() throws Exception {
        f = new EngineFixture(dir);
        f.engine.addCustomizationItem("web", new FileReplacement("issue", "/etc/issue", "welcome\n", false));
        f.engine.addCustomizationItem("web", new FileReplacement("motd", "/etc/motd", "hello\n", false));
        String sha = sha256("hello\n".getBytes(StandardCharsets.UTF_8));
        Path file = contents().resolve(sha);
        Files.writeString(file, "HELLO\n"); // same size, other bytes
        String clone = f.engine.cloneMaster("web", CloneMethod.SPARSE, null);
        EncompassException changed = assertThrows(EncompassException.class, () -> f.engine.customizeApply(clone, 2, null));
        assertTrue(changed.getMessage().contains("the content of item 2 ('/etc/motd') of master web"), changed.getMessage());
        assertTrue(changed.getMessage().contains("was changed"), changed.getMessage());
        assertFalse(Files.exists(f.imageOf(clone).resolve("etc/issue")), "not even the intact item 1 was applied");
        assertEquals(0, f.read(site -> site.getClones().get(0).getCustomizationPointer()));

        Files.delete(file);
        EncompassException missing = assertThrows(EncompassException.class, () -> f.engine.customizeApply(clone, 2, null));
        assertTrue(missing.getMessage().contains("is missing"), missing.getMessage());
        assertFalse(Files.exists(f.imageOf(clone).resolve("etc/motd")));
    }

    @Test
    void contentsAnEarlierVersionKeptInTheRepositoryMoveToTheDeviceOnTheFirstStart() throws Exception {
        f = new EngineFixture(dir);
        f.engine.addCustomizationItem("web", new FileReplacement("motd", "/etc/motd", "placeholder\n", false));
        String old = "kept inline by an earlier version\n";
        org.encompass.core.internal.ModelAccess.of(f.engine).write(site -> { // what a repository of the previous version holds after the schema upgrade
            org.encompass.model.FileReplacement inline = (org.encompass.model.FileReplacement) master(site, "web")
                    .getCustomizationItems().get(0);
            inline.setContent(old);
            inline.setContentSha256(null);
            inline.setContentSize(0);
            return null;
        });
        f.restart();
        assertEquals(List.of(), f.engine.recoverInterrupted());
        org.encompass.model.FileReplacement moved = item(0);
        String sha = sha256(old.getBytes(StandardCharsets.UTF_8));
        assertNull(moved.getContent());
        assertEquals(sha, moved.getContentSha256());
        assertEquals(old, Files.readString(contents().resolve(sha)));
        String clone = f.engine.cloneMaster("web", CloneMethod.SPARSE, null);
        f.engine.customizeApply(clone, 1, null);
        assertEquals(old, Files.readString(f.imageOf(clone).resolve("etc/motd")));
    }

    @Test
    void deletingAMasterRemovesTheContentsNoOtherMasterNames() throws Exception {
        f = new EngineFixture(dir);
        f.engine.addCustomizationItem("web", new FileReplacement("only web", "/etc/a", "only web\n", false));
        f.engine.addCustomizationItem("web", new FileReplacement("shared", "/etc/b", "shared\n", false));
        f.engine.importMaster(org.encompass.core.ImportRequest.of("db", dir.resolve("web-image"),
                org.encompass.core.spi.ImageFormat.RAW, "nas"), null);
        f.engine.addCustomizationItem("db", new FileReplacement("shared", "/etc/b", "shared\n", false));
        Path onlyWeb = contents().resolve(sha256("only web\n".getBytes(StandardCharsets.UTF_8)));
        Path shared = contents().resolve(sha256("shared\n".getBytes(StandardCharsets.UTF_8)));
        FileTime old = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)); // past the sweep's grace
        Files.setLastModifiedTime(onlyWeb, old);
        Files.setLastModifiedTime(shared, old);
        f.engine.deleteMaster("web", null);
        assertFalse(Files.exists(onlyWeb), "no master names it any more");
        assertTrue(Files.exists(shared), "master db still names it");
    }

    @Test
    void aContentBeyondTheLimitIsRefusedNamingTheFile() throws Exception {
        f = new EngineFixture(dir);
        String big = "x".repeat((64 << 20) + 1);
        EncompassException e = assertThrows(EncompassException.class,
                () -> f.engine.addCustomizationItem("web", new FileReplacement(null, "/etc/big", big, false)));
        assertTrue(e.getMessage().contains("the content for '/etc/big' has 67108865 bytes, more than the limit of 67108864"),
                e.getMessage());
        assertFalse(Files.exists(contents()) && Files.list(contents()).findAny().isPresent(), "nothing was stored");
    }
}
