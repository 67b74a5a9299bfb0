package org.encompass.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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

import org.encompass.core.EncompassException;
import org.encompass.core.Limits;
import org.encompass.core.Quoted;
import org.encompass.core.customization.CustomizationItem;
import org.encompass.core.customization.CustomizationItemValidator;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.customization.RegexReplacement;
import org.encompass.core.exchange.ArchiveException;
import org.encompass.core.exchange.ArchiveManifest;
import org.encompass.core.exchange.ArchivedMaster;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A site archive's manifest as XML. Read from a file that may come from anywhere: no DTD, no external
 * entities, and every value checked before anything uses it (entry names match one fixed layout, so
 * none can point outside the archive's own temporary files).
 */
final class ManifestXml {
    /** The only names an image entry may have. */
    static final Pattern IMAGE_ENTRY = Pattern.compile("masters/[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.img");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** The only names a content entry may have: {@code contents/} and the SHA-256 of its bytes. */
    static final Pattern CONTENT_ENTRY = Pattern.compile("contents/[0-9a-f]{64}");

    /** A file replacement's content from the archive's entry {@code contents/<sha256>}, checked against its digest and size. */
    @FunctionalInterface
    interface ContentEntries {
        String content(String sha256, long size, String what);

        ContentEntries NONE = (sha256, size, what) -> {
            throw new ArchiveException(what + " names the content entry contents/" + sha256 + ", which is not in the archive");
        };
    }

    /** The entry name of a content. */
    static String contentEntry(String sha256) {
        return "contents/" + sha256;
    }
    private static final Limits.Range FORMAT_RANGE = new Limits.Range(1, Integer.MAX_VALUE);

    /** Errors become the exception (and so the one message); nothing is printed. */
    private static final org.xml.sax.ErrorHandler QUIET = new org.xml.sax.ErrorHandler() {
        @Override
        public void warning(org.xml.sax.SAXParseException e) {
            // not an error: the manifest's values are checked one by one afterwards
        }

        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private ManifestXml() {
    }

    static void write(ArchiveManifest manifest, OutputStream out) throws IOException {
        try {
            Document doc = builder().newDocument();
            Element root = doc.createElement("encompass-archive");
            doc.appendChild(root);
            root.setAttribute("format", String.valueOf(manifest.format()));
            root.setAttribute("site", manifest.site());
            root.setAttribute("created", manifest.created());
            root.setAttribute("created-by", manifest.createdBy());
            for (ArchivedMaster master : manifest.masters()) {
                root.appendChild(master(doc, master));
            }
            Element snapshot = doc.createElement("snapshot");
            root.appendChild(snapshot);
            for (Map<String, String> record : manifest.snapshot()) {
                Element element = doc.createElement(record.get("kind"));
                record.forEach((key, value) -> {
                    if (!key.equals("kind") && value != null) {
                        element.setAttribute(key, value);
                    }
                });
                snapshot.appendChild(element);
            }
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(doc), new StreamResult(out));
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IOException("cannot write the archive's manifest: " + e.getMessage(), e);
        }
    }

    private static Element master(Document doc, ArchivedMaster master) {
        Element element = doc.createElement("master");
        set(element, "name", master.name());
        set(element, "version", master.version());
        set(element, "description", master.description());
        set(element, "service-profile", master.serviceProfile());
        set(element, "software-profile", master.softwareProfile());
        set(element, "architecture", master.architecture());
        set(element, "min-cpus", String.valueOf(master.minCpus()));
        set(element, "min-memory-mib", String.valueOf(master.minMemoryMiB()));
        set(element, "min-disk-gib", String.valueOf(master.minDiskGiB()));
        set(element, "size", String.valueOf(master.sizeBytes()));
        set(element, "sha256", master.sha256());
        set(element, "entry", master.entry());
        set(element, "parent", master.parent());
        for (CustomizationItem item : master.items()) {
            Element itemElement;
            if (item instanceof FileReplacement file) {
                itemElement = doc.createElement("file-replacement");
                set(itemElement, "path", file.path());
                set(itemElement, "template", String.valueOf(file.template()));
                // the content is the archive's entry contents/<sha256> (archives of earlier versions: Base64 here)
                ContentStore.Stored content = ContentStore.describe(file.content());
                set(itemElement, "content-sha256", content.sha256());
                set(itemElement, "content-size", String.valueOf(content.size()));
            } else {
                RegexReplacement regex = (RegexReplacement) item;
                itemElement = doc.createElement("regex-replacement");
                set(itemElement, "path", regex.path());
                set(itemElement, "pattern", regex.pattern());
                set(itemElement, "replacement", regex.replacement());
                set(itemElement, "flags", regex.flags());
            }
            set(itemElement, "description", item.description());
            element.appendChild(itemElement);
        }
        return element;
    }

    private static void set(Element element, String name, String value) {
        if (value != null) {
            element.setAttribute(name, value);
        }
    }

    static ArchiveManifest read(InputStream in) {
        return read(in, ContentEntries.NONE);
    }

    /** The manifest; file replacements' contents come from {@code contents} (the archive's entries). */
    static ArchiveManifest read(InputStream in, ContentEntries contents) {
        Document doc;
        try {
            doc = builder().parse(in);
        } catch (SAXException e) {
            String where = e instanceof org.xml.sax.SAXParseException at && at.getLineNumber() > 0
                    ? " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")" : "";
            throw new ArchiveException("the archive's manifest is not well-formed XML" + where + ": "
                    + Quoted.inline(e.getMessage(), Quoted.SHOWN), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new ArchiveException("cannot read the archive's manifest: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        if (!root.getTagName().equals("encompass-archive")) {
            throw new ArchiveException("not an Encompass site archive: its manifest's root is " + Quoted.of(root.getTagName()));
        }
        int format = (int) number(root, "format", "the archive's", FORMAT_RANGE);
        if (format != ArchiveManifest.FORMAT) {
            throw new ArchiveException("the archive has format " + format + "; this version reads format " + ArchiveManifest.FORMAT);
        }
        List<ArchivedMaster> masters = new ArrayList<>();
        List<Map<String, String>> snapshot = new ArrayList<>();
        for (Element child : children(root)) {
            switch (child.getTagName()) {
                case "master" -> masters.add(master(child, contents));
                case "snapshot" -> children(child).forEach(record -> snapshot.add(record(record)));
                default -> throw new ArchiveException("the archive's manifest has an unknown element " + Quoted.of(child.getTagName()));
            }
        }
        return new ArchiveManifest(format, note(root, "site"), note(root, "created"), note(root, "created-by"), masters, snapshot);
    }

    private static ArchivedMaster master(Element element, ContentEntries contents) {
        String name = required(element, "name", "a master");
        try {
            Names.check("master", name);
        } catch (RuntimeException e) {
            throw new ArchiveException("the archive names a master badly: " + e.getMessage());
        }
        String what = "master " + name;
        String entry = required(element, "entry", what);
        if (!IMAGE_ENTRY.matcher(entry).matches()) {
            throw new ArchiveException(what + "'s image entry " + Quoted.of(entry) + " is not of the form masters/NAME.img: refused");
        }
        String sha256 = required(element, "sha256", what);
        if (!SHA256.matcher(sha256).matches()) {
            throw new ArchiveException(what + " has no valid SHA-256 (" + Quoted.of(sha256) + ")");
        }
        if (!element.hasAttribute("size")) {
            throw new ArchiveException(what + " in the archive has no size");
        }
        long size = number(element, "size", what + "'s", Limits.IMAGE_BYTES);
        List<CustomizationItem> items = new ArrayList<>();
        for (Element item : children(element)) {
            String itemWhat = what + "'s item " + (items.size() + 1);
            CustomizationItem parsed = item(item, itemWhat, contents);
            String problem = CustomizationItemValidator.problem(parsed);
            if (problem != null) {
                throw new ArchiveException(itemWhat + " is refused as master item-add would refuse it: " + problem);
            }
            items.add(parsed);
        }
        return new ArchivedMaster(name, optional(element, "version", "1"), optional(element, "description", null),
                optional(element, "service-profile", null), optional(element, "software-profile", null),
                optional(element, "architecture", null), (int) number(element, "min-cpus", what + "'s", Limits.MIN_CPUS),
                number(element, "min-memory-mib", what + "'s", Limits.MIN_MEMORY_MIB),
                number(element, "min-disk-gib", what + "'s", Limits.MIN_DISK_GIB), size, sha256, entry,
                parent(element, what), items);
    }

    private static String parent(Element element, String what) {
        String parent = optional(element, "parent", null);
        String problem = Limits.ARCHIVE_NOTE.problem(what + "'s parent", parent);
        if (problem != null) {
            throw new ArchiveException(problem + ": refused, nothing imported");
        }
        return parent;
    }

    /** A text of the archive's header, within {@link Limits#ARCHIVE_NOTE}: {@code archive show} prints it. */
    private static String note(Element element, String attribute) {
        String problem = Limits.ARCHIVE_NOTE.problem("the archive's " + attribute, element.getAttribute(attribute));
        if (problem != null) {
            throw new ArchiveException(problem + ": refused, nothing imported");
        }
        return element.getAttribute(attribute);
    }

    private static Map<String, String> record(Element element) {
        Map<String, String> record = new LinkedHashMap<>();
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String problem = Limits.LOCATION.problem("the snapshot's " + Quoted.of(attributes.item(i).getNodeName()),
                    attributes.item(i).getNodeValue());
            if (problem != null) {
                throw new ArchiveException(problem + ": refused, nothing imported");
            }
            record.put(attributes.item(i).getNodeName(), attributes.item(i).getNodeValue());
        }
        record.put("kind", element.getTagName()); // the element says what the record is, whatever its attributes say
        return record;
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                result.add((Element) nodes.item(i));
            }
        }
        return result;
    }

    private static String required(Element element, String attribute, String what) {
        if (!element.hasAttribute(attribute) || element.getAttribute(attribute).isBlank()) {
            throw new ArchiveException(what + " in the archive has no " + attribute);
        }
        return element.getAttribute(attribute);
    }

    private static String optional(Element element, String attribute, String otherwise) {
        return element.hasAttribute(attribute) ? element.getAttribute(attribute) : otherwise;
    }

    /** A whole number in {@code range} (absent: 0), else refused naming the attribute and the allowed range. */
    private static long number(Element element, String attribute, String whose, Limits.Range range) {
        try {
            return range.parse(whose + " " + attribute, optional(element, attribute, "0"));
        } catch (EncompassException e) {
            throw new ArchiveException(e.getMessage() + ": refused, nothing imported");
        }
    }

    /** One customization item as the manifest describes it, not yet checked. */
    private static CustomizationItem item(Element item, String what, ContentEntries contents) {
        String description = item.getAttribute("description");
        String path = item.getAttribute("path");
        return switch (item.getTagName()) {
            case "file-replacement" -> {
                String template = optional(item, "template", "false");
                if (!template.equals("true") && !template.equals("false")) {
                    throw new ArchiveException(what + " has template=" + Quoted.of(template) + " (true or false)");
                }
                String content = item.hasAttribute("content") ? content(item, what) : stored(item, what, contents);
                yield new FileReplacement(description, path, content, template.equals("true"));
            }
            case "regex-replacement" -> new RegexReplacement(description, path, item.getAttribute("pattern"),
                    item.getAttribute("replacement"), item.getAttribute("flags"));
            default -> throw new ArchiveException(what + " is an unknown customization item " + Quoted.of(item.getTagName()));
        };
    }

    /** A file replacement's content from its entry {@code contents/<content-sha256>}, of {@code content-size} bytes. */
    private static String stored(Element item, String what, ContentEntries contents) {
        String sha256 = required(item, "content-sha256", what);
        if (!SHA256.matcher(sha256).matches()) {
            throw new ArchiveException(what + " has no valid content-sha256 (" + Quoted.of(sha256) + ")");
        }
        long size = number(item, "content-size", what + "'s", new Limits.Range(0, CustomizationItemValidator.MAX_CONTENT_BYTES));
        return contents.content(sha256, size, what);
    }

    /** A file replacement's content as archives of earlier versions carry it: Base64 of UTF-8 text, both decoded strictly. */
    private static String content(Element item, String what) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(item.getAttribute("content"));
        } catch (IllegalArgumentException e) {
            throw new ArchiveException(what + " has content that is not Base64: " + e.getMessage());
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ArchiveException(what + " has content that is not UTF-8 text");
        }
    }

    /** A parser for untrusted input: no DOCTYPE at all (so no entity expansion), no external access. */
    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(QUIET); // the default handler prints "[Fatal Error] ..." before our one line
        return builder;
    }
}
