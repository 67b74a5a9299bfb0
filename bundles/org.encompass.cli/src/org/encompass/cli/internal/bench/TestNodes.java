package org.encompass.cli.internal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** libvirt test-driver node files with many shut-off VMs, for benchmarks. */
final class TestNodes {
    private TestNodes() {
    }

    static Path shutOff(Path file, int machines) throws IOException {
        StringBuilder xml = new StringBuilder("<node>\n");
        for (int i = 1; i <= machines; i++) {
            xml.append(String.format("""
                      <domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>
                        <name>vm-%03d</name>
                        <uuid>5e1f0000-0000-4000-8000-%012d</uuid>
                        <memory unit='MiB'>2048</memory>
                        <vcpu>2</vcpu>
                        <os><type arch='x86_64'>hvm</type></os>
                        <test:runstate>5</test:runstate>
                      </domain>
                    """, i, i));
        }
        return Files.writeString(file, xml.append("</node>\n").toString()).toAbsolutePath();
    }
}
