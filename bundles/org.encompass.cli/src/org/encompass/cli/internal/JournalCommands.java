package org.encompass.cli.internal;

import static org.encompass.cli.internal.CommandSpec.command;
import static org.encompass.cli.internal.OptionSpec.flag;
import static org.encompass.cli.internal.OptionSpec.value;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.encompass.core.query.JournalEntries;
import org.encompass.model.JournalEntry;
import org.encompass.model.Outcome;

/** The operation journal: what ran, and recovery of what a crash cut short. */
final class JournalCommands {
    static final int DEFAULT_HISTORY = 20;

    private JournalCommands() {
    }

    static void register(CommandTable table) {
        table.add(command("history", CommandGroup.JOURNAL).options(value("target", "NAME"), value("limit", "N"))
                .run(JournalCommands::history));
        table.add(command("journal", CommandGroup.JOURNAL).options(flag("interrupted")).run(JournalCommands::journal));
        table.add(command("journal show", CommandGroup.JOURNAL).arguments("ID").run(JournalCommands::show));
        table.add(command("journal retry", CommandGroup.JOURNAL).arguments("ID").run((context, arguments) -> {
            long id = id(arguments);
            if (context.server() != null) {
                context.server().run(org.encompass.server.ServerRequests.RETRY, Long.toString(id), Map.of(), context.monitor());
            } else {
                context.engine().retry(id, context.monitor());
            }
            return entryResult(context, id, Messages.retried);
        }));
        table.add(command("journal rollback", CommandGroup.JOURNAL).arguments("ID").run((context, arguments) -> {
            long id = id(arguments);
            if (context.server() != null) {
                context.server().run(org.encompass.server.ServerRequests.ROLLBACK, Long.toString(id), Map.of(), context.monitor());
            } else {
                context.engine().rollback(id, context.monitor());
            }
            return entryResult(context, id, Messages.rolledBack);
        }));
    }

    private static Result history(CommandContext context, ParsedArguments arguments) {
        String target = arguments.value("target");
        int limit = arguments.intValue("limit", DEFAULT_HISTORY, 1);
        List<Map<String, Object>> entries = context.read(site -> {
            List<JournalEntry> matching = JournalEntries.all(site).stream()
                    .filter(e -> target == null || target.equals(e.getTarget())).toList();
            return matching.subList(Math.max(0, matching.size() - limit), matching.size()).stream()
                    .map(ModelViews::journal).toList();
        });
        return Result.of(Map.of("entries", entries), out -> print(entries, out));
    }

    private static Result journal(CommandContext context, ParsedArguments arguments) {
        boolean interrupted = arguments.flag("interrupted");
        List<Map<String, Object>> entries = context.read(site -> JournalEntries.all(site).stream()
                .filter(e -> !interrupted || e.getOutcome() == Outcome.INTERRUPTED).map(ModelViews::journal).toList());
        return Result.of(Map.of("entries", entries), out -> {
            print(entries, out);
            if (interrupted && !entries.isEmpty()) {
                out.println();
                out.println(Messages.recoveryHint);
            }
        });
    }

    /** One entry whole: a request the server accepted is followed by its id (its outcome once it ended). */
    private static Result show(CommandContext context, ParsedArguments arguments) {
        long id = id(arguments);
        Map<String, Object> view = context.read(site -> ModelViews.journal(JournalEntries.entry(site, id)));
        Object before = view.get("stateBefore");
        Object after = view.get("stateAfter");
        Object retriedBy = view.get("retriedBy");
        Map<?, ?> operationArguments = (Map<?, ?>) view.get("arguments");
        return Result.of(view, out -> new Details().add("Entry", "#" + id).add("Operation", view.get("operation"))
                .add("Target", view.get("target")).add("User", view.get("user")).add("Started", view.get("started"))
                .add("Ended", view.get("ended")).add("Outcome", view.get("outcome"))
                .add("State", before == null && after == null ? null : (before == null ? "-" : before) + " -> "
                        + (after == null ? "-" : after))
                .add("Message", view.get("message"))
                .add("Retried by", Long.valueOf(0).equals(retriedBy) ? null : "#" + retriedBy)
                .add("Arguments", operationArguments.isEmpty() ? null : operationArguments.entrySet().stream()
                        .map(e -> e.getKey() + "=" + Formats.visible(String.valueOf(e.getValue())))
                        .collect(java.util.stream.Collectors.joining(", ")))
                .print(out));
    }

    private static void print(List<Map<String, Object>> entries, PrintStream out) {
        if (entries.isEmpty()) {
            out.println(Messages.noJournal);
            return;
        }
        TextTable table = new TextTable("ID", "STARTED", "USER", "OPERATION", "TARGET", "OUTCOME", "STATE", "MESSAGE");
        for (Map<String, Object> e : entries) {
            Object before = e.get("stateBefore");
            Object after = e.get("stateAfter");
            String state = before == null && after == null ? null
                    : (before == null ? "-" : before) + " -> " + (after == null ? "-" : after);
            table.row(e.get("id"), e.get("started"), e.get("user"), e.get("operation"), e.get("target"), e.get("outcome"),
                    state, e.get("message"));
        }
        table.print(out);
    }

    /** A journal id as listed ({@code 12} or {@code #12}). */
    private static long id(ParsedArguments arguments) {
        String text = arguments.positional(0);
        return arguments.parseLong("ID", text.startsWith("#") ? text.substring(1) : text, 1, Long.MAX_VALUE);
    }

    private static Result entryResult(CommandContext context, long id, String what) {
        Map<String, Object> view = context.read(site -> ModelViews.journal(JournalEntries.entry(site, id)));
        return Result.line(view, NLS.bind(what, new Object[] { id, view.get("operation"), view.get("target"),
                view.get("outcome") }));
    }
}
