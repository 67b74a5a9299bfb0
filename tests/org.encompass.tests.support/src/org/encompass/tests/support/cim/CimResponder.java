package org.encompass.tests.support.cim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.encompass.tests.support.cim.BladeChassisModel.CimError;
import org.encompass.tests.support.cim.CimObjects.Instance;
import org.encompass.tests.support.cim.CimObjects.Ref;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * OUR CIM-XML responder, written for the tests (no CIMOM can be installed here): CIM operations over HTTP
 * as DMTF DSP0200 describes them (POST with CIMOperation/CIMMethod/CIMObject headers, HTTP Basic
 * authentication, 401 on wrong credentials) carrying DSP0201 messages (MESSAGE/SIMPLEREQ/IMETHODCALL for
 * EnumerateInstances, EnumerateInstanceNames, GetInstance, Associators; METHODCALL for extrinsic methods;
 * errors as {@code <ERROR CODE DESCRIPTION>}). Serves a {@link BladeChassisModel} on 127.0.0.1.
 * <p>
 * Faults on demand: a method answered with CIM_ERR_NOT_SUPPORTED, a hanging answer, a truncated answer,
 * an answer carrying a DOCTYPE with an entity.
 */
public final class CimResponder implements AutoCloseable {
    /** What the next answers do instead of answering well. */
    public enum Fault {
        NONE, HANG, TRUNCATED, DOCTYPE
    }

    private final BladeChassisModel model;
    private final String user;
    private final String password;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final Set<String> unsupported = ConcurrentHashMap.newKeySet();
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> requestBodies = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<String> requestHeaders = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile Fault fault = Fault.NONE;

    public CimResponder(BladeChassisModel model, String user, String password) throws IOException {
        this(model, user, password, null);
    }

    /** Over HTTPS with {@code tls} (its key and certificate) when not null, else over HTTP. */
    public CimResponder(BladeChassisModel model, String user, String password, javax.net.ssl.SSLContext tls) throws IOException {
        this.model = model;
        this.user = user;
        this.password = password;
        System.setProperty("sun.net.httpserver.nodelay", "true"); // answers are small: no Nagle delay per call
        if (tls == null) {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        } else {
            com.sun.net.httpserver.HttpsServer https = com.sun.net.httpserver.HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
            https.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(tls));
            server = https;
        }
        server.createContext("/cimom", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public String url() {
        return (server instanceof com.sun.net.httpserver.HttpsServer ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public BladeChassisModel model() {
        return model;
    }

    /** Extrinsic or intrinsic methods answered with CIM_ERR_NOT_SUPPORTED from now on. */
    public void unsupported(String method) {
        unsupported.add(method);
    }

    public void fault(Fault fault) {
        this.fault = fault;
    }

    public int requests() {
        return requests.get();
    }

    /** The request bodies received, in order (for encoding checks). */
    public List<String> requestBodies() {
        synchronized (requestBodies) {
            return new ArrayList<>(requestBodies);
        }
    }

    /** Per request: "METHOD CIMOperation=.. CIMMethod=.. CIMObject=..", as received. */
    public List<String> requestHeaders() {
        synchronized (requestHeaders) {
            return new ArrayList<>(requestHeaders);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(1 << 20);
            }
            if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"encompass-cim\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            if ("M-POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(501, -1); // DSP0200: no HTTP extension framework here; the client falls back to POST
                return;
            }
            String operation = exchange.getRequestHeaders().getFirst("CIMOperation");
            requestHeaders.add(exchange.getRequestMethod() + " CIMOperation=" + operation + " CIMMethod="
                    + exchange.getRequestHeaders().getFirst("CIMMethod") + " CIMObject=" + exchange.getRequestHeaders().getFirst("CIMObject"));
            if (!"POST".equals(exchange.getRequestMethod()) || operation == null || !operation.equalsIgnoreCase("MethodCall")) {
                exchange.getResponseHeaders().set("CIMError", "unsupported-operation");
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            requestBodies.add(new String(body, StandardCharsets.UTF_8));
            Fault now = fault;
            if (now == Fault.HANG) {
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            String answer;
            try {
                answer = answer(CimXml.parse(body), exchange.getRequestHeaders().getFirst("CIMMethod"));
            } catch (SAXException | RuntimeException e) {
                exchange.getResponseHeaders().set("CIMError", "request-not-well-formed");
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            if (now == Fault.DOCTYPE) {
                answer = answer.replaceFirst("<CIM ", "<!DOCTYPE CIM [<!ENTITY leak SYSTEM \"file:///etc/hostname\">]><CIM ")
                        .replaceFirst("<VALUE>", "<VALUE>&leak;");
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/xml; charset=\"utf-8\"");
            exchange.getResponseHeaders().set("CIMOperation", "MethodResponse");
            if (now == Fault.TRUNCATED) {
                int cut = bytes.length / 2;
                exchange.sendResponseHeaders(200, cut);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes, 0, cut);
                }
                return;
            }
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private boolean authorized(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String given;
        try {
            given = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return given.equals(user + ":" + password);
    }

    /** The whole answer document for a request document. */
    public String answer(Document request, String headerMethod) {
        Element message = CimXml.child(request.getDocumentElement(), "MESSAGE");
        String id = message == null ? "0" : message.getAttribute("ID");
        Element simple = message == null ? null : CimXml.child(message, "SIMPLEREQ");
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\" ?>");
        out.append("<CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\"><MESSAGE ID=\"").append(CimXml.escape(id))
                .append("\" PROTOCOLVERSION=\"1.0\"><SIMPLERSP>");
        if (simple == null) {
            throw new IllegalArgumentException("no MESSAGE/SIMPLEREQ");
        }
        Element call = CimXml.children(simple).get(0);
        String method = call.getAttribute("NAME");
        boolean intrinsic = call.getTagName().equals("IMETHODCALL");
        String responseTag = intrinsic ? "IMETHODRESPONSE" : "METHODRESPONSE";
        out.append('<').append(responseTag).append(" NAME=\"").append(CimXml.escape(method)).append("\">");
        try {
            if (headerMethod != null && !headerMethod.equals(method)) {
                throw new CimError(CimError.INVALID_PARAMETER, "the CIMMethod header names " + headerMethod + ", the body " + method);
            }
            if (unsupported.contains(method)) {
                throw new CimError(CimError.NOT_SUPPORTED, method + " is not supported by this responder");
            }
            if (intrinsic) {
                intrinsic(out, call, method);
            } else {
                extrinsic(out, call, method);
            }
        } catch (CimError e) {
            out.append("<ERROR CODE=\"").append(e.code).append("\" DESCRIPTION=\"")
                    .append(CimXml.escape(e.getMessage())).append("\"/>");
        }
        out.append("</").append(responseTag).append("></SIMPLERSP></MESSAGE></CIM>");
        return out.toString();
    }

    private void intrinsic(StringBuilder out, Element call, String method) throws CimError {
        Element nsPath = CimXml.child(call, "LOCALNAMESPACEPATH");
        if (nsPath == null || !CimXml.namespace(nsPath).equalsIgnoreCase(CimXml.NAMESPACE)) {
            throw new CimError(CimError.INVALID_NAMESPACE, "namespace " + (nsPath == null ? "(none)" : CimXml.namespace(nsPath))
                    + " does not exist; this responder serves " + CimXml.NAMESPACE);
        }
        String host = "127.0.0.1:" + port();
        switch (method) {
            case "EnumerateInstances" -> {
                List<Instance> found = instancesOfClassParam(call);
                out.append("<IRETURNVALUE>");
                for (Instance i : found) {
                    out.append("<VALUE.NAMEDINSTANCE>");
                    CimXml.instanceName(out, i.path());
                    CimXml.instance(out, i, host);
                    out.append("</VALUE.NAMEDINSTANCE>");
                }
                out.append("</IRETURNVALUE>");
            }
            case "EnumerateInstanceNames" -> {
                List<Instance> found = instancesOfClassParam(call);
                out.append("<IRETURNVALUE>");
                found.forEach(i -> CimXml.instanceName(out, i.path()));
                out.append("</IRETURNVALUE>");
            }
            case "GetInstance" -> {
                Ref path = CimXml.ref(CimXml.children(param(call, "InstanceName", true)).get(0));
                Instance found = model.get(path);
                if (found == null) {
                    throw new CimError(model.knowsClass(path.className()) ? CimError.NOT_FOUND : CimError.INVALID_CLASS,
                            "no instance " + path.className() + " " + path.keys());
                }
                out.append("<IRETURNVALUE>");
                CimXml.instance(out, found, host);
                out.append("</IRETURNVALUE>");
            }
            case "Associators" -> {
                Ref object = CimXml.ref(CimXml.children(param(call, "ObjectName", true)).get(0));
                if (model.get(object) == null) {
                    throw new CimError(CimError.NOT_FOUND, "no instance " + object.className() + " " + object.keys());
                }
                out.append("<IRETURNVALUE>");
                for (Instance i : model.associators(object, className(call, "AssocClass"), className(call, "ResultClass"))) {
                    out.append("<VALUE.OBJECTWITHPATH>");
                    CimXml.instancePath(out, host, i.path());
                    CimXml.instance(out, i, host);
                    out.append("</VALUE.OBJECTWITHPATH>");
                }
                out.append("</IRETURNVALUE>");
            }
            default -> throw new CimError(CimError.NOT_SUPPORTED, "the intrinsic method " + method + " is not supported by this responder");
        }
    }

    private List<Instance> instancesOfClassParam(Element call) throws CimError {
        String className = className(call, "ClassName");
        if (className == null) {
            throw new CimError(CimError.INVALID_PARAMETER, "ClassName is missing");
        }
        if (!model.knowsClass(className)) {
            throw new CimError(CimError.INVALID_CLASS, "the class " + className + " does not exist in " + CimXml.NAMESPACE);
        }
        return model.instancesOf(className);
    }

    private static String className(Element call, String paramName) throws CimError {
        Element param = param(call, paramName, false);
        Element name = param == null ? null : CimXml.child(param, "CLASSNAME");
        return name == null ? null : name.getAttribute("NAME");
    }

    private static Element param(Element call, String name, boolean required) throws CimError {
        for (Element p : CimXml.children(call)) {
            if ((p.getTagName().equals("IPARAMVALUE") || p.getTagName().equals("PARAMVALUE")) && p.getAttribute("NAME").equalsIgnoreCase(name)) {
                return p;
            }
        }
        if (required) {
            throw new CimError(CimError.INVALID_PARAMETER, "the parameter " + name + " is missing");
        }
        return null;
    }

    private void extrinsic(StringBuilder out, Element call, String method) throws CimError {
        Element target = CimXml.child(call, "LOCALINSTANCEPATH");
        if (target == null) {
            throw new CimError(CimError.INVALID_PARAMETER, method + " must be called on an instance (LOCALINSTANCEPATH)");
        }
        Element nsPath = CimXml.child(target, "LOCALNAMESPACEPATH");
        if (!CimXml.namespace(nsPath).equalsIgnoreCase(CimXml.NAMESPACE)) {
            throw new CimError(CimError.INVALID_NAMESPACE, "namespace " + CimXml.namespace(nsPath) + " does not exist");
        }
        Ref object = CimXml.ref(target);
        long result = switch (object.className() + "." + method) {
            case "CIM_PowerManagementService.RequestPowerStateChange" -> model.requestPowerStateChange(object,
                    (int) number(param(call, "PowerState", true)), reference(param(call, "ManagedElement", false)));
            case "CIM_BootConfigSetting.ChangeBootOrder" -> model.changeBootOrder(object, references(param(call, "Source", true)));
            case "CIM_BootService.SetBootConfigRole" -> model.setBootConfigRole(object, reference(param(call, "BootConfigSetting", true)),
                    (int) number(param(call, "Role", true)));
            default -> throw new CimError(CimError.METHOD_NOT_FOUND, "the class " + object.className() + " has no method " + method);
        };
        out.append("<RETURNVALUE PARAMTYPE=\"uint32\">");
        CimXml.value(out, result);
        out.append("</RETURNVALUE>");
    }

    private static long number(Element param) throws CimError {
        Element value = CimXml.child(param, "VALUE");
        try {
            return Long.parseLong(value.getTextContent().trim());
        } catch (RuntimeException e) {
            throw new CimError(CimError.INVALID_PARAMETER, "the parameter " + param.getAttribute("NAME") + " is not a number");
        }
    }

    private static Ref reference(Element param) {
        Element ref = param == null ? null : CimXml.child(param, "VALUE.REFERENCE");
        return ref == null ? null : CimXml.ref(ref);
    }

    private static List<Ref> references(Element param) throws CimError {
        Element array = CimXml.child(param, "VALUE.REFARRAY");
        if (array == null) {
            throw new CimError(CimError.INVALID_PARAMETER, "the parameter " + param.getAttribute("NAME") + " is not a reference array");
        }
        return CimXml.children(array, "VALUE.REFERENCE").stream().map(CimXml::ref).toList();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
