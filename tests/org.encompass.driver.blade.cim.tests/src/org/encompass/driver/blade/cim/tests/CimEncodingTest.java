package org.encompass.driver.blade.cim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.BladeDriver.BladeConnection;
import org.encompass.core.spi.BladeDriver.BootDevice;
import org.encompass.core.spi.Credentials;
import org.encompass.tests.support.cim.BladeChassisModel;
import org.encompass.tests.support.cim.CimResponder;
import org.encompass.tests.support.cim.CimXml;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The CIM-XML on the wire, checked against DSP0201's content models and DSP0200's headers
 * ({@link Dsp0201}): what the driver sends (intrinsic calls, extrinsic calls with instance paths, uint16 and
 * reference parameters, reference arrays) and what our responder answers (named instances, instance paths
 * with host and namespace, association keys as references, errors with CIM_ERR_* codes).
 */
class CimEncodingTest {
    private CimResponder responder;

    @BeforeEach
    void start() throws Exception {
        responder = new CimResponder(new BladeChassisModel("bc1", 2), CimBladeDriverTest.USER, CimBladeDriverTest.PASSWORD);
    }

    @AfterEach
    void stop() {
        responder.close();
    }

    @Test
    void whatTheDriverSendsFollowsDsp0201AndDsp0200() throws Exception {
        try (BladeConnection c = Drivers.blades().driver("cim").connect(CimBladeDriverTest.address(responder),
                new Credentials(CimBladeDriverTest.USER, CimBladeDriverTest.PASSWORD.toCharArray()))) {
            c.slots();
            c.powerOn("2");
            c.setBootDevice("2", BootDevice.NETWORK);
        }
        List<String> bodies = responder.requestBodies();
        List<String> headers = responder.requestHeaders();
        assertEquals(bodies.size(), headers.size());
        for (int i = 0; i < bodies.size(); i++) {
            Document request = CimXml.parse(bodies.get(i).getBytes(StandardCharsets.UTF_8));
            assertNull(Dsp0201.violation(request.getDocumentElement()), bodies.get(i));
            Element call = CimXml.children(CimXml.child(CimXml.child(request.getDocumentElement(), "MESSAGE"), "SIMPLEREQ")).get(0);
            String header = headers.get(i);
            assertTrue(header.startsWith("POST CIMOperation=MethodCall CIMMethod=" + call.getAttribute("NAME") + " CIMObject="), header);
            String object = URLDecoder.decode(header.substring(header.indexOf("CIMObject=") + 10), StandardCharsets.UTF_8);
            if (call.getTagName().equals("IMETHODCALL")) {
                assertEquals("root/cimv2", object);
            } else {
                String className = CimXml.child(CimXml.child(call, "LOCALINSTANCEPATH"), "INSTANCENAME").getAttribute("CLASSNAME");
                assertTrue(object.startsWith("root/cimv2:" + className + "."), object);
            }
        }
        Element power = extrinsic(bodies, "RequestPowerStateChange");
        Element target = CimXml.child(CimXml.child(power, "LOCALINSTANCEPATH"), "INSTANCENAME");
        assertEquals("CIM_PowerManagementService", target.getAttribute("CLASSNAME"));
        assertEquals(4, CimXml.children(target, "KEYBINDING").size(), "the service's four keys");
        Element state = param(power, "PowerState");
        assertEquals("uint16", state.getAttribute("PARAMTYPE"));
        assertEquals("2", CimXml.child(state, "VALUE").getTextContent());
        Element element = param(power, "ManagedElement");
        assertEquals("reference", element.getAttribute("PARAMTYPE"));
        assertEquals("CIM_ComputerSystem", CimXml.ref(CimXml.child(element, "VALUE.REFERENCE")).className());
        assertEquals("bc1:blade2", CimXml.ref(CimXml.child(element, "VALUE.REFERENCE")).keys().get("Name"));

        Element order = extrinsic(bodies, "ChangeBootOrder");
        List<Element> sources = CimXml.children(CimXml.child(param(order, "Source"), "VALUE.REFARRAY"), "VALUE.REFERENCE");
        assertEquals(List.of("bc1:blade2:pxe", "bc1:blade2:hdd"), sources.stream().map(s -> CimXml.ref(s).keys().get("InstanceID")).toList());
        Element role = param(extrinsic(bodies, "SetBootConfigRole"), "Role");
        assertEquals("uint16", role.getAttribute("PARAMTYPE"));
        assertEquals("0", CimXml.child(role, "VALUE").getTextContent());
    }

    @Test
    void whatTheResponderAnswersFollowsDsp0201() throws Exception {
        String chassis = "<INSTANCENAME CLASSNAME=\"CIM_Chassis\"><KEYBINDING NAME=\"CreationClassName\"><KEYVALUE VALUETYPE=\"string\">CIM_Chassis"
                + "</KEYVALUE></KEYBINDING><KEYBINDING NAME=\"Tag\"><KEYVALUE VALUETYPE=\"string\">bc1</KEYVALUE></KEYBINDING></INSTANCENAME>";
        Element associators = answer(intrinsic("Associators", param("ObjectName", chassis) + param("AssocClass", "<CLASSNAME NAME=\"CIM_Container\"/>")));
        List<Element> found = CimXml.children(CimXml.child(associators, "IRETURNVALUE"), "VALUE.OBJECTWITHPATH");
        assertEquals(2, found.size(), "two slots");
        Element path = CimXml.child(found.get(0), "INSTANCEPATH");
        assertEquals("127.0.0.1:" + responder.port(), CimXml.child(CimXml.child(path, "NAMESPACEPATH"), "HOST").getTextContent());
        assertEquals("root/cimv2", CimXml.namespace(CimXml.child(CimXml.child(path, "NAMESPACEPATH"), "LOCALNAMESPACEPATH")));
        assertEquals("CIM_Slot", CimXml.child(path, "INSTANCENAME").getAttribute("CLASSNAME"));

        Element names = answer(intrinsic("EnumerateInstanceNames", param("ClassName", "<CLASSNAME NAME=\"CIM_Container\"/>")));
        Element association = CimXml.children(CimXml.child(names, "IRETURNVALUE"), "INSTANCENAME").get(0);
        Element group = CimXml.children(association, "KEYBINDING").get(0);
        assertEquals("GroupComponent", group.getAttribute("NAME"));
        assertEquals("VALUE.REFERENCE", CimXml.children(group).get(0).getTagName(), "an association's key is a reference");

        Element instance = answer(intrinsic("GetInstance", param("InstanceName", chassis)));
        assertEquals("CIM_Chassis", CimXml.child(CimXml.child(instance, "IRETURNVALUE"), "INSTANCE").getAttribute("CLASSNAME"));

        assertError(intrinsic("GetInstance", param("InstanceName", chassis.replace(">bc1<", ">bc9<"))), 6);
        assertError(intrinsic("EnumerateInstances", param("ClassName", "<CLASSNAME NAME=\"CIM_NoSuchClass\"/>")), 5);
        assertError(intrinsic("EnumerateInstances", param("ClassName", "<CLASSNAME NAME=\"CIM_Slot\"/>")).replace("cimv2", "interop"), 3);
        assertError(intrinsic("ExecQuery", ""), 7);
        responder.unsupported("SetBootConfigRole");
        String call = "<?xml version=\"1.0\" encoding=\"utf-8\"?><CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\"><MESSAGE ID=\"9\" PROTOCOLVERSION=\"1.0\">"
                + "<SIMPLEREQ><METHODCALL NAME=\"SetBootConfigRole\"><LOCALINSTANCEPATH><LOCALNAMESPACEPATH><NAMESPACE NAME=\"root\"/>"
                + "<NAMESPACE NAME=\"cimv2\"/></LOCALNAMESPACEPATH>" + chassis + "</LOCALINSTANCEPATH></METHODCALL></SIMPLEREQ></MESSAGE></CIM>";
        Element error = assertError(call, 7);
        assertEquals("METHODRESPONSE", ((Element) error.getParentNode()).getTagName());
    }

    @Test
    void theResponderRefusesDoctypesAndWrongCredentialsOverHttp() throws Exception {
        String request = intrinsic("EnumerateInstances", param("ClassName", "<CLASSNAME NAME=\"CIM_Slot\"/>"));
        assertThrows(SAXException.class, () -> CimXml.parse(request.replace("<CIM ", "<!DOCTYPE CIM [<!ENTITY x \"y\">]><CIM ")
                .getBytes(StandardCharsets.UTF_8)));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        assertEquals(200, post(http, request, CimBladeDriverTest.PASSWORD).statusCode());
        HttpResponse<String> refused = post(http, request, "wrong");
        assertEquals(401, refused.statusCode());
        assertEquals("Basic realm=\"encompass-cim\"", refused.headers().firstValue("WWW-Authenticate").orElse(null));
        HttpResponse<String> doctype = post(http, request.replace("<CIM ", "<!DOCTYPE CIM [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><CIM "),
                CimBladeDriverTest.PASSWORD);
        assertEquals(400, doctype.statusCode());
        assertEquals("request-not-well-formed", doctype.headers().firstValue("CIMError").orElse(null));
    }

    private HttpResponse<String> post(HttpClient http, String body, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(responder.url() + "/cimom")).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/xml; charset=\"utf-8\"").header("CIMOperation", "MethodCall")
                .header("CIMMethod", "EnumerateInstances").header("CIMObject", "root%2Fcimv2")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((CimBladeDriverTest.USER + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String intrinsic(String method, String params) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\"><MESSAGE ID=\"7\" PROTOCOLVERSION=\"1.0\">"
                + "<SIMPLEREQ><IMETHODCALL NAME=\"" + method + "\"><LOCALNAMESPACEPATH><NAMESPACE NAME=\"root\"/><NAMESPACE NAME=\"cimv2\"/>"
                + "</LOCALNAMESPACEPATH>" + params + "</IMETHODCALL></SIMPLEREQ></MESSAGE></CIM>";
    }

    private static String param(String name, String value) {
        return "<IPARAMVALUE NAME=\"" + name + "\">" + value + "</IPARAMVALUE>";
    }

    /** The responder's answer to {@code request}, checked against DSP0201; its (I)METHODRESPONSE. */
    private Element answer(String request) throws Exception {
        assertNull(Dsp0201.violation(CimXml.parse(request.getBytes(StandardCharsets.UTF_8)).getDocumentElement()), "the test's own request");
        String answer = responder.answer(CimXml.parse(request.getBytes(StandardCharsets.UTF_8)), null);
        Document document = CimXml.parse(answer.getBytes(StandardCharsets.UTF_8));
        assertNull(Dsp0201.violation(document.getDocumentElement()), answer);
        return CimXml.children(CimXml.child(CimXml.child(document.getDocumentElement(), "MESSAGE"), "SIMPLERSP")).get(0);
    }

    private Element assertError(String request, int code) throws Exception {
        Element error = CimXml.child(answer(request), "ERROR");
        assertEquals(Integer.toString(code), error.getAttribute("CODE"));
        assertTrue(!error.getAttribute("DESCRIPTION").isBlank());
        return error;
    }

    private static Element extrinsic(List<String> bodies, String method) throws Exception {
        for (String body : bodies) {
            Element call = CimXml.children(CimXml.child(CimXml.child(CimXml.parse(body.getBytes(StandardCharsets.UTF_8)).getDocumentElement(),
                    "MESSAGE"), "SIMPLEREQ")).get(0);
            if (call.getTagName().equals("METHODCALL") && call.getAttribute("NAME").equals(method)) {
                return call;
            }
        }
        throw new AssertionError("the driver never called " + method);
    }

    private static Element param(Element call, String name) {
        return CimXml.children(call, "PARAMVALUE").stream().filter(p -> p.getAttribute("NAME").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no PARAMVALUE " + name));
    }
}
