package org.encompass.tests.support.cim;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.encompass.tests.support.cim.CimObjects.Instance;
import org.encompass.tests.support.cim.CimObjects.Property;
import org.encompass.tests.support.cim.CimObjects.Ref;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * CIM-XML encoding (DMTF DSP0201 2.x) of the elements the responder reads and writes: instance names
 * with key bindings, instance paths, instances, values, arrays and references. Parsing refuses a DOCTYPE
 * (so no entity and no external access is ever resolved).
 */
public final class CimXml {
    public static final String NAMESPACE = "root/cimv2";

    private CimXml() {
    }

    // ---- parsing ----

    /** Parses a CIM-XML document; a DOCTYPE, an entity or malformed XML is refused with SAXException. */
    public static Document parse(byte[] xml) throws SAXException, IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    public static List<Element> children(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).toList();
    }

    public static Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst().orElse(null);
    }

    /** The namespace of a LOCALNAMESPACEPATH: its NAMESPACE names joined by '/'. */
    public static String namespace(Element localNamespacePath) {
        List<String> names = new ArrayList<>();
        for (Element ns : children(localNamespacePath, "NAMESPACE")) {
            names.add(ns.getAttribute("NAME"));
        }
        return String.join("/", names);
    }

    /** An INSTANCENAME, LOCALINSTANCEPATH or INSTANCEPATH (or a VALUE.REFERENCE holding one) as a Ref. */
    public static Ref ref(Element element) {
        switch (element.getTagName()) {
            case "VALUE.REFERENCE":
                return ref(children(element).get(0));
            case "INSTANCEPATH":
            case "LOCALINSTANCEPATH":
                return ref(child(element, "INSTANCENAME"));
            case "INSTANCENAME":
                Map<String, Object> keys = new LinkedHashMap<>();
                for (Element binding : children(element, "KEYBINDING")) {
                    Element value = children(binding).get(0);
                    keys.put(binding.getAttribute("NAME"), value.getTagName().equals("KEYVALUE") ? keyValue(value) : ref(value));
                }
                return new Ref(element.getAttribute("CLASSNAME"), keys);
            default:
                throw new IllegalArgumentException("expected an instance name, found <" + element.getTagName() + ">");
        }
    }

    private static Object keyValue(Element keyValue) {
        String text = keyValue.getTextContent();
        return switch (keyValue.getAttribute("VALUETYPE")) {
            case "numeric" -> Long.parseLong(text.trim());
            case "boolean" -> Boolean.parseBoolean(text.trim());
            default -> text;
        };
    }

    // ---- writing ----

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static void localNamespacePath(StringBuilder out, String namespace) {
        out.append("<LOCALNAMESPACEPATH>");
        for (String part : namespace.split("/")) {
            out.append("<NAMESPACE NAME=\"").append(escape(part)).append("\"/>");
        }
        out.append("</LOCALNAMESPACEPATH>");
    }

    /** INSTANCENAME: KEYBINDINGs with KEYVALUE (VALUETYPE string, boolean or numeric) or VALUE.REFERENCE. */
    public static void instanceName(StringBuilder out, Ref ref) {
        out.append("<INSTANCENAME CLASSNAME=\"").append(escape(ref.className())).append("\">");
        ref.keys().forEach((name, value) -> {
            out.append("<KEYBINDING NAME=\"").append(escape(name)).append("\">");
            if (value instanceof Ref inner) {
                valueReference(out, inner, null);
            } else {
                String type = value instanceof Boolean ? "boolean" : value instanceof Number ? "numeric" : "string";
                out.append("<KEYVALUE VALUETYPE=\"").append(type).append("\">").append(escape(String.valueOf(value)))
                        .append("</KEYVALUE>");
            }
            out.append("</KEYBINDING>");
        });
        out.append("</INSTANCENAME>");
    }

    /** INSTANCEPATH: NAMESPACEPATH (HOST, LOCALNAMESPACEPATH) and INSTANCENAME. */
    public static void instancePath(StringBuilder out, String host, Ref ref) {
        out.append("<INSTANCEPATH><NAMESPACEPATH><HOST>").append(escape(host)).append("</HOST>");
        localNamespacePath(out, NAMESPACE);
        out.append("</NAMESPACEPATH>");
        instanceName(out, ref);
        out.append("</INSTANCEPATH>");
    }

    /** VALUE.REFERENCE holding an INSTANCEPATH when the host is known, else an INSTANCENAME. */
    public static void valueReference(StringBuilder out, Ref ref, String host) {
        out.append("<VALUE.REFERENCE>");
        if (host != null) {
            instancePath(out, host, ref);
        } else {
            instanceName(out, ref);
        }
        out.append("</VALUE.REFERENCE>");
    }

    /** INSTANCE with PROPERTY, PROPERTY.ARRAY and PROPERTY.REFERENCE elements. */
    public static void instance(StringBuilder out, Instance instance, String host) {
        out.append("<INSTANCE CLASSNAME=\"").append(escape(instance.className())).append("\">");
        instance.properties().forEach((name, property) -> property(out, name, property, host));
        out.append("</INSTANCE>");
    }

    private static void property(StringBuilder out, String name, Property property, String host) {
        if (property.type().equals("reference")) {
            out.append("<PROPERTY.REFERENCE NAME=\"").append(escape(name)).append("\">");
            if (property.value() != null) {
                valueReference(out, (Ref) property.value(), host);
            }
            out.append("</PROPERTY.REFERENCE>");
        } else if (property.isArray()) {
            out.append("<PROPERTY.ARRAY NAME=\"").append(escape(name)).append("\" TYPE=\"").append(property.type()).append("\">");
            out.append("<VALUE.ARRAY>");
            for (Object item : (List<?>) property.value()) {
                value(out, item);
            }
            out.append("</VALUE.ARRAY></PROPERTY.ARRAY>");
        } else {
            out.append("<PROPERTY NAME=\"").append(escape(name)).append("\" TYPE=\"").append(property.type()).append("\">");
            if (property.value() != null) {
                value(out, property.value());
            }
            out.append("</PROPERTY>");
        }
    }

    public static void value(StringBuilder out, Object value) {
        String text = value instanceof Boolean b ? (b ? "TRUE" : "FALSE") : String.valueOf(value);
        out.append("<VALUE>").append(escape(text)).append("</VALUE>");
    }
}
