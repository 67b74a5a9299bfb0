package org.encompass.driver.blade.cim.tests;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.encompass.tests.support.cim.CimXml;
import org.w3c.dom.Element;

/**
 * The DMTF DSP0201 (CIM-XML 2.x) DTD, for the elements of operation messages: each element's content model
 * and required attributes, and the value sets of VALUETYPE, TYPE/PARAMTYPE, CODE. Written from the
 * specification, independently of both the driver's client and our responder, so both are checked against
 * the rules rather than against each other.
 */
final class Dsp0201 {
    private static final Map<String, Pattern> CONTENT = new HashMap<>();
    private static final Map<String, List<String>> REQUIRED = new HashMap<>();
    private static final Set<String> TEXT = Set.of("VALUE", "KEYVALUE", "HOST");
    private static final Set<String> CIM_TYPES = Set.of("boolean", "string", "char16", "uint8", "sint8", "uint16", "sint16", "uint32",
            "sint32", "uint64", "sint64", "datetime", "real32", "real64", "reference");

    static {
        element("CIM", "(MESSAGE|DECLARATION)", "CIMVERSION", "DTDVERSION");
        element("MESSAGE", "(SIMPLEREQ|MULTIREQ|SIMPLERSP|MULTIRSP|SIMPLEEXPREQ|MULTIEXPREQ|SIMPLEEXPRSP|MULTIEXPRSP)", "ID", "PROTOCOLVERSION");
        element("SIMPLEREQ", "(CORRELATOR*(METHODCALL|IMETHODCALL))");
        element("SIMPLERSP", "(METHODRESPONSE|IMETHODRESPONSE)");
        element("IMETHODCALL", "(LOCALNAMESPACEPATH IPARAMVALUE*)", "NAME");
        element("METHODCALL", "((LOCALCLASSPATH|LOCALINSTANCEPATH) PARAMVALUE*)", "NAME");
        element("IPARAMVALUE", "(VALUE|VALUE.ARRAY|VALUE.REFERENCE|INSTANCENAME|CLASSNAME|QUALIFIER.DECLARATION|CLASS|INSTANCE|VALUE.NAMEDINSTANCE)?",
                "NAME");
        element("PARAMVALUE", "(VALUE|VALUE.REFERENCE|VALUE.ARRAY|VALUE.REFARRAY|CLASSNAME|INSTANCENAME|CLASS|INSTANCE|VALUE.NAMEDINSTANCE)?",
                "NAME");
        element("IMETHODRESPONSE", "(ERROR|(IRETURNVALUE? PARAMVALUE*))", "NAME");
        element("METHODRESPONSE", "(ERROR|(RETURNVALUE? PARAMVALUE*))", "NAME");
        element("ERROR", "(INSTANCE*)", "CODE");
        element("RETURNVALUE", "(VALUE|VALUE.REFERENCE)?");
        element("IRETURNVALUE", "(CLASSNAME*|INSTANCENAME*|VALUE*|VALUE.OBJECTWITHPATH*|VALUE.OBJECTWITHLOCALPATH*|VALUE.OBJECT*|OBJECTPATH*"
                + "|QUALIFIER.DECLARATION*|VALUE.ARRAY?|VALUE.REFERENCE?|CLASS*|INSTANCE*|INSTANCEPATH*|VALUE.NAMEDINSTANCE*|VALUE.INSTANCEWITHPATH*)");
        element("LOCALNAMESPACEPATH", "(NAMESPACE+)");
        element("NAMESPACE", "", "NAME");
        element("NAMESPACEPATH", "(HOST LOCALNAMESPACEPATH)");
        element("LOCALINSTANCEPATH", "(LOCALNAMESPACEPATH INSTANCENAME)");
        element("INSTANCEPATH", "(NAMESPACEPATH INSTANCENAME)");
        element("INSTANCENAME", "(KEYBINDING*|KEYVALUE?|VALUE.REFERENCE?)", "CLASSNAME");
        element("KEYBINDING", "(KEYVALUE|VALUE.REFERENCE)", "NAME");
        element("VALUE.REFERENCE", "(CLASSPATH|LOCALCLASSPATH|CLASSNAME|INSTANCEPATH|LOCALINSTANCEPATH|INSTANCENAME)");
        element("VALUE.REFARRAY", "((VALUE.REFERENCE|VALUE.NULL)*)");
        element("VALUE.ARRAY", "((VALUE|VALUE.NULL)*)");
        element("CLASSNAME", "", "NAME");
        element("VALUE.NAMEDINSTANCE", "(INSTANCENAME INSTANCE)");
        element("VALUE.OBJECTWITHPATH", "((CLASSPATH CLASS)|(INSTANCEPATH INSTANCE))");
        element("INSTANCE", "(QUALIFIER* (PROPERTY|PROPERTY.ARRAY|PROPERTY.REFERENCE)*)", "CLASSNAME");
        element("PROPERTY", "(QUALIFIER* VALUE?)", "NAME", "TYPE");
        element("PROPERTY.ARRAY", "(QUALIFIER* VALUE.ARRAY?)", "NAME", "TYPE");
        element("PROPERTY.REFERENCE", "(QUALIFIER* VALUE.REFERENCE?)", "NAME");
    }

    private Dsp0201() {
    }

    /** A content model in DTD notation, names separated by spaces for sequences. */
    private static void element(String name, String model, String... required) {
        Matcher m = Pattern.compile("[A-Z][A-Z.]*").matcher(model);
        StringBuilder regex = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(regex, Matcher.quoteReplacement("(?:" + Pattern.quote(m.group()) + ",)"));
        }
        m.appendTail(regex);
        CONTENT.put(name, Pattern.compile(regex.toString().replace(" ", "")));
        REQUIRED.put(name, List.of(required));
    }

    /** Checks {@code element} and everything below it; returns the first violation, or null. */
    static String violation(Element element) {
        String name = element.getTagName();
        Pattern content = CONTENT.get(name);
        if (content == null && !TEXT.contains(name)) {
            return "<" + name + "> is not an element of an operation message this check knows";
        }
        for (String attribute : REQUIRED.getOrDefault(name, List.of())) {
            if (!element.hasAttribute(attribute)) {
                return "<" + name + "> lacks its required attribute " + attribute;
            }
        }
        List<Element> children = CimXml.children(element);
        if (TEXT.contains(name)) {
            return children.isEmpty() ? null : "<" + name + "> holds elements; it is #PCDATA";
        }
        StringBuilder names = new StringBuilder();
        children.forEach(c -> names.append(c.getTagName()).append(','));
        if (!content.matcher(names).matches()) {
            return "<" + name + "> holds " + names + " which its content model does not allow";
        }
        String attributes = attributes(element);
        if (attributes != null) {
            return attributes;
        }
        for (Element child : children) {
            String inner = violation(child);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static String attributes(Element e) {
        switch (e.getTagName()) {
            case "CIM":
                return e.getAttribute("CIMVERSION").equals("2.0") && e.getAttribute("DTDVERSION").startsWith("2.") ? null
                        : "<CIM> must be CIMVERSION 2.0, DTDVERSION 2.x";
            case "MESSAGE":
                return e.getAttribute("PROTOCOLVERSION").equals("1.0") && !e.getAttribute("ID").isEmpty() ? null
                        : "<MESSAGE> must have an ID and PROTOCOLVERSION 1.0";
            case "PROPERTY", "PROPERTY.ARRAY":
                return CIM_TYPES.contains(e.getAttribute("TYPE")) ? null : "TYPE " + e.getAttribute("TYPE") + " is not a CIM type";
            case "PARAMVALUE", "RETURNVALUE":
                return !e.hasAttribute("PARAMTYPE") || CIM_TYPES.contains(e.getAttribute("PARAMTYPE")) ? null
                        : "PARAMTYPE " + e.getAttribute("PARAMTYPE") + " is not a CIM type";
            case "KEYVALUE":
                return !e.hasAttribute("VALUETYPE") || Set.of("string", "boolean", "numeric").contains(e.getAttribute("VALUETYPE")) ? null
                        : "VALUETYPE " + e.getAttribute("VALUETYPE") + " is not string, boolean or numeric";
            case "ERROR":
                try {
                    int code = Integer.parseInt(e.getAttribute("CODE"));
                    return code >= 1 && code <= 29 ? null : "ERROR CODE " + code + " is not a CIM_ERR_* code";
                } catch (NumberFormatException x) {
                    return "ERROR CODE " + e.getAttribute("CODE") + " is not a number";
                }
            default:
                return null;
        }
    }
}
