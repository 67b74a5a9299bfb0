package org.encompass.ui.internal;

import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.encompass.core.DeployRequest;
import org.encompass.core.DeployResult;
import org.encompass.core.Engine;
import org.encompass.core.lifecycle.Operation;

/**
 * Where the console's drops and commands run their operations: the console's own engine (embedded repository), or
 * the repository server it is connected to ({@link ConsoleSession}), which runs them as requests under the
 * console's user.
 */
public interface ConsoleOperations {
    /** One operation with the arguments its journal entry records ({@code Engine.run}). */
    void run(Operation operation, String target, Map<String, String> arguments, IProgressMonitor monitor);

    /** {@code Engine.deploy}: every machine's outcome. */
    DeployResult deploy(DeployRequest request, IProgressMonitor monitor);

    /**
     * Adds a host ({@link Operation#ADD_HOST}), storage device ({@link Operation#ADD_STORAGE}) or chassis
     * ({@link Operation#ADD_CHASSIS}) at {@code location}, which its driver connects to with the credentials stored
     * for that location where the operation runs.
     */
    void addInventory(Operation operation, String name, String kind, String location, IProgressMonitor monitor);

    /** The repository server that runs the operations ({@code HOST:PORT}), or null: this console does. */
    String serverAddress();

    /** An engine's own operations (a test's engine, or the embedded repository's). */
    static ConsoleOperations of(Engine engine) {
        return new ConsoleOperations() {
            @Override
            public void run(Operation operation, String target, Map<String, String> arguments, IProgressMonitor monitor) {
                engine.run(operation, target, arguments, monitor);
            }

            @Override
            public DeployResult deploy(DeployRequest request, IProgressMonitor monitor) {
                return engine.deploy(request, monitor);
            }

            @Override
            public void addInventory(Operation operation, String name, String kind, String location, IProgressMonitor monitor) {
                ConsoleSession.addInventory(engine, operation, name, kind, location, monitor);
            }

            @Override
            public String serverAddress() {
                return null;
            }
        };
    }

    /** The console's session at each call: its engine, or its server once connected (and again after Disconnect). */
    static ConsoleOperations current() {
        return new ConsoleOperations() {
            @Override
            public void run(Operation operation, String target, Map<String, String> arguments, IProgressMonitor monitor) {
                ConsolePlugin.getDefault().session().run(operation, target, arguments, monitor);
            }

            @Override
            public DeployResult deploy(DeployRequest request, IProgressMonitor monitor) {
                return ConsolePlugin.getDefault().session().deploy(request, monitor);
            }

            @Override
            public void addInventory(Operation operation, String name, String kind, String location, IProgressMonitor monitor) {
                ConsolePlugin.getDefault().session().addInventory(operation, name, kind, location, monitor);
            }

            @Override
            public String serverAddress() {
                return ConsolePlugin.getDefault().session().serverAddress();
            }
        };
    }
}
