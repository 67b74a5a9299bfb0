package org.encompass.core.tests.customization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.encompass.core.customization.CustomizationException;
import org.encompass.core.customization.DirectoryImageFiles;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.customization.ImageFiles;
import org.encompass.core.customization.ImageFilesFactory;
import org.encompass.core.customization.UndoRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The scenario on a plain directory tree, plus what only directory trees do. */
class DirectoryScenarioTest extends CustomizationScenario {

    private Path root;

    @Override
    void createImage(Path tree) {
        root = tree;
    }

    @Override
    ImageFiles open() throws Exception {
        ImageFiles files = ImageFilesFactory.open(root);
        assertInstanceOf(DirectoryImageFiles.class, files);
        return files;
    }

    @Override
    byte[] peek(String path) throws Exception {
        Path file = root.resolve(path.substring(1));
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(file) : null;
    }

    @Override
    void poke(String path, byte[] content) throws Exception {
        Files.write(root.resolve(path.substring(1)), content);
    }

    @Override
    int mode(String path) throws Exception {
        return (Integer) Files.getAttribute(root.resolve(path.substring(1)), "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
    }

    /** Every entry's path, type, mode, owner and content or link target. */
    @Override
    String fingerprint() throws Exception {
        StringBuilder print = new StringBuilder();
        try (Stream<Path> entries = Files.walk(root)) {
            for (Path entry : entries.sorted().toList()) {
                print.append(root.relativize(entry)).append(' ')
                        .append(Files.getAttribute(entry, "unix:mode", LinkOption.NOFOLLOW_LINKS)).append(' ')
                        .append(Files.getAttribute(entry, "unix:uid", LinkOption.NOFOLLOW_LINKS)).append(' ');
                if (Files.isSymbolicLink(entry)) {
                    print.append("-> ").append(Files.readSymbolicLink(entry));
                } else if (Files.isRegularFile(entry)) {
                    print.append(UndoRecord.sha256(Files.readAllBytes(entry)));
                }
                print.append('\n');
            }
        }
        return print.toString();
    }

    @Test
    void linkInsideTheImageMayLeadToTheParent() throws Exception {
        engine.apply(files(), List.of(new FileReplacement("via confdir", "/confdir/hostname", "linked\n", false)), 0, 1,
                VARIABLES);
        assertText("linked\n", "/etc/hostname");
    }

    @Test
    void writesLeaveNoTemporaryFilesBehind() throws Exception {
        engine.apply(files(), ITEMS, 0, ITEMS.size(), VARIABLES);
        try (Stream<Path> entries = Files.walk(root)) {
            assertEquals(List.of(), entries.filter(entry -> entry.getFileName().toString().startsWith(".encompass-")).toList());
        }
    }

    @Test
    void replacedFileKeepsItsOwner() throws Exception {
        Path hosts = root.resolve("etc/hosts");
        try {
            Files.setAttribute(hosts, "unix:uid", 1234);
            Files.setAttribute(hosts, "unix:gid", 567);
        } catch (java.io.IOException e) {
            Assumptions.abort("changing a file's owner needs root: " + e.getMessage());
        }
        engine.apply(files(), ITEMS, 0, 2, VARIABLES);
        assertText(HOSTS_APPLIED, "/etc/hosts");
        assertEquals(1234, Files.getAttribute(hosts, "unix:uid"));
        assertEquals(567, Files.getAttribute(hosts, "unix:gid"));
    }

    @Test
    void directoryIsNotAFile() throws Exception {
        CustomizationException error = assertThrows(CustomizationException.class, () -> engine.apply(files(),
                List.of(new FileReplacement("clobber", "/etc/sysconfig", "x", false)), 0, 1, VARIABLES));
        assertMessage(error, "item 1 (clobber)", "/etc/sysconfig is not a regular file");
    }
}
