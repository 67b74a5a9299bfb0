package org.encompass.core.tests.engine;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;

/**
 * A second JVM running {@link ClientProcess} on a plain class path: the folders and jars that hold the
 * classes it needs, found through this (OSGi) runtime's own class loaders, so it runs exactly the code under test.
 */
final class ChildJvm {
    /** One class of each folder or jar the client needs. */
    private static final String[] CLASSES = { "org.encompass.core.tests.engine.ClientProcess",
            "org.encompass.core.Engine", "org.encompass.model.ModelPackage", "org.encompass.persistence.RemoteRepositoryClient",
            "org.eclipse.emf.cdo.session.CDOSession", "org.eclipse.net4j.connector.IConnector",
            "org.eclipse.emf.common.util.URI", "org.eclipse.emf.ecore.EObject", "org.eclipse.emf.ecore.xmi.XMIResource",
            "org.eclipse.emf.ecore.change.ChangeDescription", "org.eclipse.core.runtime.IProgressMonitor",
            "org.eclipse.core.runtime.IRegistryChangeListener", "org.eclipse.core.runtime.jobs.Job",
            "org.eclipse.core.runtime.Platform", "org.osgi.framework.Bundle" };

    private final Process process;
    private final BufferedReader out;
    private final List<String> lines = new ArrayList<>();

    private ChildJvm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildJvm start(String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath()));
        command.add(ClientProcess.class.getName());
        command.addAll(List.of(arguments));
        return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Waits until the client is connected (it printed {@link ClientProcess#READY}). */
    void awaitReady() throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals(ClientProcess.READY)) {
                return;
            }
            lines.add(line);
        }
        throw new AssertionError("client exited before it was ready:\n" + String.join("\n", lines));
    }

    void go() {
        PrintStream in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        in.println("GO");
    }

    /** Its exit code, after it ended; {@link #lines()} then holds what it printed. */
    int await(long seconds) throws IOException, InterruptedException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            lines.add(line);
        }
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("client did not end:\n" + String.join("\n", lines));
        }
        return process.exitValue();
    }

    List<String> lines() {
        return lines;
    }

    /** The first line starting with {@code prefix}, without it. */
    String line(String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + prefix + " in:\n" + String.join("\n", lines)));
    }

    void kill() {
        process.destroyForcibly();
    }

    /** Loads through this bundle, or through the CDO bundle, which sees the EMF parts CDO needs. */
    private static Class<?> load(String name) throws ClassNotFoundException {
        try {
            return Class.forName(name, false, ChildJvm.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return Class.forName(name, false, org.eclipse.emf.cdo.session.CDOSession.class.getClassLoader());
        }
    }

    private static List<String> classPath() throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        for (String name : CLASSES) {
            String entry = name.replace('.', '/') + ".class";
            Class<?> type;
            try {
                type = load(name);
            } catch (ClassNotFoundException e) {
                throw new AssertionError("the client needs " + name + ", which this runtime cannot load", e);
            }
            URL url = type.getResource("/" + entry);
            if (url == null) {
                throw new AssertionError("cannot find the class file of " + name);
            }
            String resolved = FileLocator.resolve(url).toString();
            if (resolved.startsWith("jar:")) {
                entries.add(Path.of(URI.create(resolved.substring(4, resolved.indexOf("!/")))).toString());
            } else if (resolved.startsWith("file:") && resolved.endsWith(entry)) {
                entries.add(Path.of(URI.create(resolved.substring(0, resolved.length() - entry.length()))).toString());
            } else {
                throw new AssertionError("cannot make a class path entry of " + resolved + " (" + name + ")");
            }
        }
        return List.copyOf(entries);
    }
}
