package org.encompass.server;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.encompass.core.DeployRequest;
import org.encompass.core.DeployResult;
import org.encompass.core.ImportRequest;
import org.encompass.core.exchange.ArchiveSummary;
import org.encompass.core.customization.CustomizationItem;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.customization.RegexReplacement;
import org.encompass.core.lifecycle.Operation;

/**
 * The engine's composite operations (deploy, reassign, the service update steps, imports) sent to the repository server as
 * the requests {@code RequestKinds} takes: the one encoding of their arguments, for the command line's
 * {@code --server} and the connected console. Each method has the engine method's signature and result; the
 * server's progress goes to {@code monitor}.
 */
public final class ServerOperations {
    private final ServerClient client;

    public ServerOperations(ServerClient client) {
        this.client = client;
    }

    /** {@code Engine.deploy} on the server: every machine's outcome, a failed one included. */
    public DeployResult deploy(DeployRequest request, IProgressMonitor monitor) {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("machines", String.join(",", request.machines()));
        if (request.method() != null) {
            arguments.put("method", request.method().name());
        }
        arguments.put("activate", Boolean.toString(request.activate()));
        request.variables().forEach((machine, own) -> own.forEach((name, value) -> arguments.put(
                ServerRequests.VARIABLE + machine + ":" + name, value)));
        return RequestResults.deployResult(client.run(ServerRequests.DEPLOY, request.master(), arguments, monitor));
    }

    /**
     * {@code Engine.importMaster} on the server: the image is a file on the server's host, which the server reads (a
     * format of null: the server detects it); the master's name.
     */
    public String importMaster(ImportRequest request, IProgressMonitor monitor) {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("file", request.file().toString());
        if (request.format() != null) {
            arguments.put("format", request.format().name());
        }
        arguments.put("storage", request.storage());
        putIfPresent(arguments, "version", request.version());
        putIfPresent(arguments, "description", request.description());
        putIfPresent(arguments, "service-profile", request.serviceProfile());
        putIfPresent(arguments, "software-profile", request.softwareProfile());
        putIfPresent(arguments, "arch", request.architecture());
        arguments.put("min-cpus", Integer.toString(request.minCpus()));
        arguments.put("min-memory", Long.toString(request.minMemoryMiB()));
        arguments.put("min-disk", Long.toString(request.minDiskGiB()));
        return client.run(Operation.IMPORT_MASTER.label(), request.name(), arguments, monitor);
    }

    /** {@code Engine.importArchive} on the server, of an archive on the server's host. */
    public ArchiveSummary importArchive(Path archive, String storage, boolean skipExisting, IProgressMonitor monitor) {
        return RequestResults.archiveSummary(client.run(ServerRequests.IMPORT_ARCHIVE, archive.toString(),
                Map.of("storage", storage, "skip-existing", Boolean.toString(skipExisting)), monitor));
    }

    /** {@code Engine.reassign} on the server: the clone the machine runs now. */
    public String reassign(String machine, String to, boolean destroyOld, Map<String, String> variables, IProgressMonitor monitor) {
        Map<String, String> arguments = withVariables(variables);
        arguments.put("to", to);
        arguments.put("destroy-old", Boolean.toString(destroyOld));
        return client.run(Operation.REASSIGN.label(), machine, arguments, monitor);
    }

    /** {@code Engine.updateStart} on the server: the update's name. */
    public String updateStart(String master, String machine, Map<String, String> variables, IProgressMonitor monitor) {
        Map<String, String> arguments = withVariables(variables);
        if (machine != null) { // none: unassigned, booted once on a free machine the server picks
            arguments.put("on", machine);
        }
        return client.run(Operation.UPDATE_START.label(), master, arguments, monitor);
    }

    /** {@code Engine.updateApply} of one item on the server: how many items the maintenance clone has applied. */
    public int updateApply(String update, CustomizationItem item, IProgressMonitor monitor) {
        return Integer.parseInt(step(Operation.UPDATE_APPLY, update, itemArguments(item), monitor));
    }

    /** {@code Engine.updateCapture} on the server: the new master's name. */
    public String updateCapture(String update, String newMaster, IProgressMonitor monitor) {
        return step(Operation.UPDATE_CAPTURE, update, newMaster == null ? Map.of() : Map.of("as", newMaster), monitor);
    }

    public void updateRollout(String update, int batch, List<String> machines, boolean resume, IProgressMonitor monitor) {
        step(Operation.UPDATE_ROLLOUT, update, Map.of("batch", Integer.toString(batch), "machines", String.join(",", machines),
                "continue", Boolean.toString(resume)), monitor);
    }

    public void updateRollback(String update, List<String> machines, IProgressMonitor monitor) {
        step(Operation.UPDATE_ROLLBACK, update, Map.of("machines", String.join(",", machines)), monitor);
    }

    /** {@code Engine.updateFinish} on the server: how many old clones it destroyed. */
    public int updateFinish(String update, IProgressMonitor monitor) {
        return Integer.parseInt(step(Operation.UPDATE_FINISH, update, Map.of(), monitor));
    }

    /** An update step; {@code update} null means the only one running. */
    private String step(Operation step, String update, Map<String, String> arguments, IProgressMonitor monitor) {
        return client.run(step.label(), update == null ? "" : update, arguments, monitor);
    }

    /** {@code var:NAME} for each variable. */
    private static Map<String, String> withVariables(Map<String, String> variables) {
        Map<String, String> arguments = new LinkedHashMap<>();
        variables.forEach((name, value) -> arguments.put(ServerRequests.VARIABLE + name, value));
        return arguments;
    }

    /** An update item: its fields, the absent ones left out. */
    private static Map<String, String> itemArguments(CustomizationItem item) {
        Map<String, String> arguments = new LinkedHashMap<>();
        if (item instanceof RegexReplacement regex) {
            arguments.put("path", regex.path());
            arguments.put("pattern", regex.pattern());
            arguments.put("replacement", regex.replacement());
            putIfPresent(arguments, "flags", regex.flags());
            putIfPresent(arguments, "description", regex.description());
        } else if (item instanceof FileReplacement file) {
            arguments.put("path", file.path());
            arguments.put("content", file.content());
            arguments.put("template", Boolean.toString(file.template()));
            putIfPresent(arguments, "description", file.description());
        }
        return arguments;
    }

    private static void putIfPresent(Map<String, String> arguments, String key, String value) {
        if (value != null) {
            arguments.put(key, value);
        }
    }
}
