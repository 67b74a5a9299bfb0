package org.encompass.driver.libvirt.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.encompass.core.spi.ImageFormat;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A libvirt domain definition, edited with the JDK DOM. Encompass's boot disk is the disk with target
 * {@code vda}; the domain's {@code <metadata>} holds an {@code <encompass:boot>} element that records
 * it and keeps what attaching displaced (a previous {@code vda} disk, the {@code <os>} boot order) so
 * detaching restores the machine as it was.
 */
final class DomainXml {
    static final String NAMESPACE = "http://www.encompass.org/libvirt/1.0";
    static final String BOOT_TARGET = "vda";
    private static final String PREFIX = "encompass";
    private static final String DISPLACED_DISK = "displaced-disk";
    private static final String DISPLACED_OS_BOOT = "displaced-os-boot";
    private static final String SHIFTED_BOOT_ORDER = "shifted-boot-order";

    private final Document document;
    private final Element domain;

    private DomainXml(Document document) {
        this.document = document;
        this.domain = document.getDocumentElement();
    }

    /**
     * A parser and a writer per thread, made once: finding the JDK's factories (a service lookup), configuring them
     * and making a builder and a transformer cost more than parsing a domain, and every attach, detach and activate
     * of a repository server's requests reads and writes one. Neither is thread-safe; each is used again.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(DomainXml::newBuilder);
    private static final ThreadLocal<Transformer> WRITER = ThreadLocal.withInitial(DomainXml::newWriter);

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser for domain definitions", e);
        }
    }

    private static Transformer newWriter() {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            return transformer;
        } catch (javax.xml.transform.TransformerConfigurationException e) {
            throw new IllegalStateException("no XML writer for domain definitions", e);
        }
    }

    static DomainXml parse(String xml) {
        try {
            DocumentBuilder builder = BUILDER.get();
            builder.reset(); // as made: nothing of an earlier parse (e.g. one that failed) carries over
            Document document = builder.parse(new InputSource(new StringReader(xml)));
            if (!"domain".equals(document.getDocumentElement().getLocalName())) {
                throw new IllegalArgumentException("not a libvirt domain definition: <"
                        + document.getDocumentElement().getLocalName() + ">");
            }
            return new DomainXml(document);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("unreadable domain XML: " + e.getMessage(), e);
        }
    }

    /** {@code os/type@arch}, or {@code null} when the definition names none. */
    String architecture() {
        Element type = child(child(domain, "os"), "type");
        return type == null || type.getAttribute("arch").isEmpty() ? null : type.getAttribute("arch");
    }

    /** MAC addresses of the network interfaces, lower case, in definition order. */
    List<String> macs() {
        List<String> macs = new ArrayList<>();
        for (Element iface : children(child(domain, "devices"), "interface")) {
            Element mac = child(iface, "mac");
            if (mac != null && !mac.getAttribute("address").isEmpty()) {
                macs.add(mac.getAttribute("address").toLowerCase(Locale.ROOT));
            }
        }
        return macs;
    }

    /** The networks the interfaces are on: {@code source@network}, or {@code source@bridge} for a bridge. */
    List<String> networks() {
        List<String> networks = new ArrayList<>();
        for (Element iface : children(child(domain, "devices"), "interface")) {
            Element source = child(iface, "source");
            if (source != null) {
                String network = !source.getAttribute("network").isEmpty() ? source.getAttribute("network")
                        : source.getAttribute("bridge");
                if (!network.isEmpty() && !networks.contains(network)) {
                    networks.add(network);
                }
            }
        }
        return networks;
    }

    /** The disk Encompass attached, as its metadata records it. */
    Optional<BootAttachment> attachment() {
        Element boot = bootMetadata();
        if (boot == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BootAttachment(boot.getAttribute("source"),
                    ImageFormat.valueOf(boot.getAttribute("format").toUpperCase(Locale.ROOT))));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // someone edited our record: treat as not attached
        }
    }

    /** The {@code source file} of the disk with target {@code vda}, or {@code null}. */
    String bootDiskSource() {
        Element disk = bootDisk();
        Element source = disk == null ? null : child(disk, "source");
        return source == null ? null : source.getAttribute("file");
    }

    /**
     * Makes {@code attachment} the boot disk: replaces our previous disk if there is one, otherwise
     * moves a foreign {@code vda} disk and the {@code <os>} boot entries into our metadata.
     */
    void attach(BootAttachment attachment) {
        Element devices = childOrNew(domain, "devices");
        Element boot = bootMetadata();
        if (boot == null) {
            boot = newBootMetadata();
            Element displaced = bootDisk();
            if (displaced != null) {
                boot.appendChild(ours(DISPLACED_DISK)).appendChild(displaced);
            }
        } else {
            removeOurDisk(boot);
        }
        boot.setAttribute("source", attachment.source());
        boot.setAttribute("format", attachment.format().qemuName());
        boot.setAttribute("target", BOOT_TARGET);

        Element disk = newDisk(attachment);
        Element firstDisk = child(devices, "disk");
        devices.insertBefore(disk, firstDisk != null ? firstDisk : devices.getFirstChild());

        if (usesPerDeviceBootOrder(disk)) {
            // libvirt refuses <os><boot> next to per-device <boot order>: go first in that scheme instead.
            if (!"yes".equals(boot.getAttribute(SHIFTED_BOOT_ORDER))) {
                shiftBootOrders(+1);
                boot.setAttribute(SHIFTED_BOOT_ORDER, "yes");
            }
            Element order = document.createElement("boot");
            order.setAttribute("order", "1");
            disk.appendChild(order);
        } else {
            bootFromHardDisk(boot);
        }
    }

    /** Removes our disk and metadata and puts back what attaching displaced. False when nothing was attached. */
    boolean detach() {
        Element boot = bootMetadata();
        if (boot == null) {
            return false;
        }
        removeOurDisk(boot);
        if ("yes".equals(boot.getAttribute(SHIFTED_BOOT_ORDER))) {
            shiftBootOrders(-1); // before the displaced disk returns with its own, unshifted order
        }
        Element devices = childOrNew(domain, "devices");
        Element displacedDisk = child(boot, NAMESPACE, DISPLACED_DISK);
        Element restoredDisk = displacedDisk == null ? null : firstElement(displacedDisk);
        if (restoredDisk != null && bootDisk() == null) {
            Element firstDisk = child(devices, "disk");
            devices.insertBefore(restoredDisk, firstDisk != null ? firstDisk : devices.getFirstChild());
        }
        Element displacedOsBoot = child(boot, NAMESPACE, DISPLACED_OS_BOOT);
        if (displacedOsBoot != null) {
            Element os = childOrNew(domain, "os");
            children(os, "boot").forEach(os::removeChild);
            for (Element original : children(displacedOsBoot, "boot")) {
                os.appendChild(original);
            }
        }
        Element metadata = (Element) boot.getParentNode();
        metadata.removeChild(boot);
        if (firstElement(metadata) == null) {
            domain.removeChild(metadata);
        }
        return true;
    }

    @Override
    public String toString() {
        try {
            StringWriter out = new StringWriter();
            WRITER.get().transform(new DOMSource(document), new StreamResult(out)); // keeps its output properties
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write domain XML", e);
        }
    }

    private void bootFromHardDisk(Element boot) {
        Element os = childOrNew(domain, "os");
        List<Element> bootEntries = children(os, "boot");
        if (child(boot, NAMESPACE, DISPLACED_OS_BOOT) == null) {
            Element kept = ours(DISPLACED_OS_BOOT);
            boot.appendChild(kept);
            bootEntries.forEach(kept::appendChild); // moves them out of <os>
        } else {
            bootEntries.forEach(os::removeChild);
        }
        Element hd = document.createElement("boot");
        hd.setAttribute("dev", "hd");
        os.appendChild(hd);
    }

    private boolean usesPerDeviceBootOrder(Element except) {
        for (Element device : elements(child(domain, "devices"))) {
            if (device != except && child(device, "boot") != null) {
                return true;
            }
        }
        return false;
    }

    private void shiftBootOrders(int by) {
        for (Element device : elements(child(domain, "devices"))) {
            Element order = child(device, "boot");
            if (order != null && !order.getAttribute("order").isEmpty()) {
                order.setAttribute("order", Integer.toString(Integer.parseInt(order.getAttribute("order")) + by));
            }
        }
    }

    private void removeOurDisk(Element boot) {
        Element disk = bootDisk();
        if (disk != null && boot.getAttribute("source").equals(bootDiskSource())) {
            disk.getParentNode().removeChild(disk);
        }
    }

    private Element bootDisk() {
        for (Element disk : children(child(domain, "devices"), "disk")) {
            Element target = child(disk, "target");
            if (target != null && BOOT_TARGET.equals(target.getAttribute("dev"))) {
                return disk;
            }
        }
        return null;
    }

    private Element newDisk(BootAttachment attachment) {
        Element disk = document.createElement("disk");
        disk.setAttribute("type", "file");
        disk.setAttribute("device", "disk");
        Element driver = document.createElement("driver");
        driver.setAttribute("name", "qemu");
        driver.setAttribute("type", attachment.format().qemuName());
        Element source = document.createElement("source");
        source.setAttribute("file", attachment.source());
        Element target = document.createElement("target");
        target.setAttribute("dev", BOOT_TARGET);
        target.setAttribute("bus", "virtio");
        disk.appendChild(driver);
        disk.appendChild(source);
        disk.appendChild(target);
        return disk;
    }

    private Element bootMetadata() {
        return child(child(domain, "metadata"), NAMESPACE, "boot");
    }

    private Element newBootMetadata() {
        Element boot = ours("boot");
        boot.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + PREFIX, NAMESPACE);
        childOrNew(domain, "metadata").appendChild(boot);
        return boot;
    }

    private Element ours(String localName) {
        return document.createElementNS(NAMESPACE, PREFIX + ":" + localName);
    }

    private Element childOrNew(Element parent, String name) {
        Element existing = child(parent, name);
        if (existing != null) {
            return existing;
        }
        Element created = document.createElement(name);
        parent.appendChild(created);
        return created;
    }

    /** First child element named {@code name} in no namespace. */
    private static Element child(Element parent, String name) {
        return child(parent, null, name);
    }

    private static Element child(Element parent, String namespace, String name) {
        for (Element element : elements(parent)) {
            if (name.equals(element.getLocalName()) && java.util.Objects.equals(namespace, element.getNamespaceURI())) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> matching = new ArrayList<>();
        for (Element element : elements(parent)) {
            if (name.equals(element.getLocalName()) && element.getNamespaceURI() == null) {
                matching.add(element);
            }
        }
        return matching;
    }

    private static Element firstElement(Element parent) {
        List<Element> all = elements(parent);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<Element> elements(Element parent) {
        List<Element> elements = new ArrayList<>();
        if (parent == null) {
            return elements;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }
}
