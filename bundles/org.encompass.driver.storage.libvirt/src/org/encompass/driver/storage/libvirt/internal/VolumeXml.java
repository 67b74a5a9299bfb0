package org.encompass.driver.storage.libvirt.internal;

import java.io.IOException;
import java.io.StringReader;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** The volume XML the driver writes, and what it reads back from libvirt's. */
final class VolumeXml {
    private VolumeXml() {
    }

    /**
     * A new volume of {@code capacity} bytes. {@code <allocation>0} asks for a sparse file, which
     * {@code storageVolCreateXMLFrom} honours by skipping the source's zero blocks.
     */
    static String sparse(String name, long capacity, ImageFormat format) {
        return """
                <volume>
                  <name>%s</name>
                  <capacity unit='bytes'>%d</capacity>
                  <allocation unit='bytes'>0</allocation>
                  <target><format type='%s'/></target>
                </volume>""".formatted(escape(name), capacity, format.qemuName());
    }

    /** A qcow2 volume whose unwritten blocks are read from {@code backingPath} (copy-on-write). */
    static String overlay(String name, long capacity, String backingPath, ImageFormat backingFormat) {
        return """
                <volume>
                  <name>%s</name>
                  <capacity unit='bytes'>%d</capacity>
                  <allocation unit='bytes'>0</allocation>
                  <target><format type='qcow2'/></target>
                  <backingStore>
                    <path>%s</path>
                    <format type='%s'/>
                  </backingStore>
                </volume>""".formatted(escape(name), capacity, escape(backingPath), backingFormat.qemuName());
    }

    /** What libvirt says about one volume. */
    record Description(String name, String key, String path, String format, long capacity, long allocation,
            String backingPath) {

        ImageFormat imageFormat() {
            return "qcow2".equals(format) ? ImageFormat.QCOW2 : ImageFormat.RAW;
        }
    }

    static Description parse(String xml) throws DriverException {
        Element volume = document(xml).getDocumentElement();
        Element target = child(volume, "target");
        Element backing = child(volume, "backingStore");
        return new Description(text(child(volume, "name")), text(child(volume, "key")), text(child(target, "path")),
                attribute(child(target, "format"), "type"), number(child(volume, "capacity")),
                number(child(volume, "allocation")), backing == null ? null : text(child(backing, "path")));
    }

    /** The directory of a {@code dir} pool as its description gives it, or null for any other kind of pool. */
    static String dirPoolPath(String poolXml) throws DriverException {
        Element pool = document(poolXml).getDocumentElement();
        return "dir".equals(attribute(pool, "type")) ? text(child(child(pool, "target"), "path")) : null;
    }

    private static Document document(String xml) throws DriverException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new DriverException("Cannot read libvirt's volume description: " + e.getMessage(), e);
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    private static String attribute(Element element, String name) {
        return element == null || !element.hasAttribute(name) ? null : element.getAttribute(name);
    }

    private static long number(Element element) {
        String text = text(element);
        return text == null ? 0 : Long.parseLong(text); // libvirt reports these in bytes
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                .replace("\"", "&quot;");
    }
}
