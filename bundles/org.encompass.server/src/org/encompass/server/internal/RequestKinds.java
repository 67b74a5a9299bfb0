package org.encompass.server.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.encompass.core.ConflictResolution;
import org.encompass.core.DeployRequest;
import org.encompass.core.DeployResult;
import org.encompass.core.EncompassException;
import org.encompass.core.Engine;
import org.encompass.core.ImportRequest;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.customization.CustomizationItem;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.customization.RegexReplacement;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.spi.CloneMethod;
import org.encompass.server.RequestResults;
import org.encompass.server.ServerRequests;

/**
 * The server's one dispatch of request kinds to its engine, from a request's target and arguments (strings, as the
 * request journal stores them, so a retry runs the same). Returns what the client prints from: a name, a count, a
 * {@link RequestResults} JSON, or "". The arguments of each kind:
 * <ul>
 * <li>an operation's label ({@code Engine.run}): its journal arguments; {@code clone}: {@code method}</li>
 * <li>{@code journal-retry}, {@code journal-rollback}: the journal id as target</li>
 * <li>{@code deploy} MASTER: {@code machines} (comma-separated), {@code method}, {@code activate},
 * {@code var:MACHINE:NAME}</li>
 * <li>{@code import-master} NAME: {@code file} (on the server's host), {@code format} (else detected), {@code storage},
 * {@code version}, {@code description}, {@code service-profile}, {@code software-profile}, {@code arch}, {@code min-cpus},
 * {@code min-memory}, {@code min-disk}; {@code archive-import} FILE (on the server's host): {@code storage},
 * {@code skip-existing}</li>
 * <li>{@code migrate} CLONE: {@code machine}; {@code reassign} MACHINE: {@code to}, {@code destroy-old},
 * {@code var:NAME}</li>
 * <li>{@code update-start} MASTER: {@code on}, {@code var:NAME}; the other update kinds: the update (or "") as target,
 * {@code path} ... {@code description} (apply's item), {@code as} (capture), {@code batch}, {@code machines},
 * {@code continue} (rollout), {@code machines} (rollback)</li>
 * <li>{@code discover}; {@code add-storage} NAME: {@code kind}, {@code location}, {@code method}; {@code add-host}
 * NAME: {@code kind}, {@code uri}; {@code add-chassis} NAME: {@code kind}, {@code address}; {@code remove-chassis}
 * NAME; {@code resolve-conflict} ID: {@code resolution} ({@code accept-discovered} or {@code keep-model})</li>
 * </ul>
 */
final class RequestKinds {
    /** A request that ran and failed in part (a deploy with failed machines): what it made goes to the client too. */
    static final class PartlyFailed extends EncompassException {
        private static final long serialVersionUID = 1L;
        private final String made;

        PartlyFailed(String made, String failures) {
            super("failed in part: " + failures);
            this.made = made;
        }

        String made() {
            return made;
        }
    }

    private final Engine engine;

    RequestKinds(Engine engine) {
        this.engine = engine;
    }

    String execute(String kind, String target, Map<String, String> a, IProgressMonitor monitor) {
        switch (kind) {
            case ServerRequests.RETRY -> engine.retry(journalId(target), monitor);
            case ServerRequests.ROLLBACK -> engine.rollback(journalId(target), monitor);
            case "clone" -> {
                return engine.cloneMaster(target, a.get("method") == null ? null : CloneMethod.valueOf(a.get("method")), monitor);
            }
            case ServerRequests.DEPLOY -> {
                List<String> machines = list(a.get("machines"));
                Map<String, Map<String, String>> variables = new LinkedHashMap<>();
                for (String machine : machines) {
                    Map<String, String> own = variables(a, machine + ":");
                    if (!own.isEmpty()) {
                        variables.put(machine, own);
                    }
                }
                DeployResult result = engine.deploy(new DeployRequest(target, machines, method(a), variables,
                        !"false".equals(a.get("activate"))), monitor);
                if (!result.succeeded()) { // the client prints every machine's outcome; the request entry says FAILED
                    throw new PartlyFailed(RequestResults.deploy(result), result.outcomes().stream()
                            .filter(o -> !o.succeeded()).map(o -> o.machine() + ": " + o.error()).toList().toString());
                }
                return RequestResults.deploy(result);
            }
            case ServerRequests.MIGRATE -> engine.migrate(target, a.get("machine"), monitor);
            case ServerRequests.IMPORT_ARCHIVE -> {
                return RequestResults.archive(engine.importArchive(ServerFiles.readable(target), a.get("storage"),
                        "true".equals(a.get("skip-existing")), monitor));
            }
            default -> {
                return composite(Operation.fromLabel(known(kind)), target, a, monitor);
            }
        }
        return "";
    }

    private String composite(Operation operation, String target, Map<String, String> a, IProgressMonitor monitor) {
        String update = target.isEmpty() ? null : target;
        switch (operation) {
            case IMPORT_MASTER -> {
                Path file = ServerFiles.readable(a.get("file"));
                return engine.importMaster(new ImportRequest(target, file,
                        a.get("format") == null ? ImageFormat.detect(file) : ImageFormat.valueOf(a.get("format")), a.get("storage"),
                        a.getOrDefault("version", "1"), a.get("description"), a.get("service-profile"), a.get("software-profile"),
                        a.get("arch"), Integer.parseInt(a.getOrDefault("min-cpus", "0")), Long.parseLong(a.getOrDefault("min-memory", "0")),
                        Long.parseLong(a.getOrDefault("min-disk", "0"))), monitor);
            }
            case REASSIGN -> {
                return engine.reassign(target, a.get("to"), "true".equals(a.get("destroy-old")), variables(a, ""), monitor);
            }
            case UPDATE_START -> {
                return engine.updateStart(target, a.get("on"), variables(a, ""), monitor);
            }
            case UPDATE_APPLY -> {
                return Integer.toString(engine.updateApply(update, List.of(item(a)), monitor));
            }
            case UPDATE_CAPTURE -> {
                return engine.updateCapture(update, a.get("as"), monitor);
            }
            case UPDATE_ROLLOUT -> engine.updateRollout(update, Integer.parseInt(a.getOrDefault("batch", "1")),
                    list(a.get("machines")), "true".equals(a.get("continue")), monitor);
            case UPDATE_ROLLBACK -> engine.updateRollback(update, list(a.get("machines")), monitor);
            case UPDATE_FINISH -> {
                return Integer.toString(engine.updateFinish(update, monitor));
            }
            case DISCOVER -> {
                return RequestResults.discovery(engine.discover(monitor));
            }
            case ADD_STORAGE -> engine.addStorage(target, a.get("kind"), a.get("location"), method(a), monitor);
            case ADD_HOST -> {
                return Integer.toString(engine.addHost(target, a.get("kind"), a.get("uri"), monitor));
            }
            case ADD_CHASSIS -> {
                return Integer.toString(engine.addChassis(target, a.get("kind"), a.get("address"), monitor));
            }
            case REMOVE_CHASSIS -> engine.removeChassis(target, monitor);
            case RESOLVE_CONFLICT -> engine.resolveConflict(conflictId(target), resolution(a.get("resolution")), monitor);
            default -> engine.run(operation, target, a, monitor);
        }
        return "";
    }

    /** An update item from its fields: a regex replacement when a pattern is given, else a file replacement. */
    private static CustomizationItem item(Map<String, String> a) {
        if (a.containsKey("pattern")) {
            return new RegexReplacement(a.get("description"), a.get("path"), a.get("pattern"), a.get("replacement"),
                    a.get("flags"));
        }
        return new FileReplacement(a.get("description"), a.get("path"), a.get("content"), "true".equals(a.get("template")));
    }

    private static ConflictResolution resolution(String label) {
        for (ConflictResolution resolution : ConflictResolution.values()) {
            if (resolution.label().equals(label)) {
                return resolution;
            }
        }
        throw new EncompassException("a conflict is resolved accept-discovered or keep-model, not '" + label + "'");
    }

    private static CloneMethod method(Map<String, String> a) {
        return a.get("method") == null ? null : CloneMethod.valueOf(a.get("method"));
    }

    /** The {@code var:PREFIXNAME} arguments as NAME=VALUE. */
    private static Map<String, String> variables(Map<String, String> a, String prefix) {
        Map<String, String> variables = new LinkedHashMap<>();
        String start = ServerRequests.VARIABLE + prefix;
        a.forEach((key, value) -> {
            if (key.startsWith(start) && key.indexOf(':', start.length()) < 0) {
                variables.put(key.substring(start.length()), value);
            }
        });
        return variables;
    }

    private static List<String> list(String commaSeparated) {
        List<String> list = new ArrayList<>();
        if (commaSeparated != null) {
            for (String item : commaSeparated.split(",")) {
                if (!item.isBlank()) {
                    list.add(item.strip());
                }
            }
        }
        return list;
    }

    private static long journalId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new EncompassException("a journal id is a number, not '" + text + "'");
        }
    }

    private static long conflictId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new EncompassException("a conflict id is a number, not '" + text + "'");
        }
    }

    /** {@code label} if the engine has such an operation (a request entry is retried, not sent), else a refusal. */
    private static String known(String label) {
        try {
            if (Operation.fromLabel(label) != Operation.REQUEST) {
                return label;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new EncompassException("the server runs no operation '" + label + "'");
    }
}
