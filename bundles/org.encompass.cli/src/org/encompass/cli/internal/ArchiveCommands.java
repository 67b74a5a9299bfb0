package org.encompass.cli.internal;

import static org.encompass.cli.internal.CommandSpec.command;
import static org.encompass.cli.internal.OptionSpec.flag;
import static org.encompass.cli.internal.OptionSpec.repeatable;
import static org.encompass.cli.internal.OptionSpec.value;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.encompass.core.exchange.ArchiveManifest;
import org.encompass.core.exchange.ArchiveSummary;
import org.encompass.server.ServerOperations;
import org.encompass.core.exchange.ArchivedMaster;
import org.encompass.core.spi.CopyProgress;

/** Site archives: export masters for a branch site, look into an archive, import one. */
final class ArchiveCommands {
    private ArchiveCommands() {
    }

    static void register(CommandTable table) {
        table.add(command("archive export", CommandGroup.SCENARIOS).arguments("FILE").options(repeatable("master", "NAME"))
                .run((context, arguments) -> {
                    ArchiveSummary summary = context.engine().exportArchive(file(arguments), arguments.values("master"),
                            context.monitor());
                    return Result.line(view(summary), NLS.bind(Messages.archiveExported, new Object[] { summary.masters().size(),
                            String.join(", ", summary.masters()), CopyProgress.size(summary.imageBytes()), summary.archive() }));
                }));
        table.add(command("archive show", CommandGroup.SCENARIOS).arguments("FILE").run((context, arguments) -> {
            ArchiveManifest manifest = context.engine().readArchive(file(arguments));
            return Result.of(view(manifest), out -> {
                out.println(NLS.bind(Messages.archiveFrom, new Object[] { manifest.site(), manifest.created(), manifest.createdBy() }));
                TextTable rows = new TextTable("MASTER", "VERSION", "SIZE", "ITEMS", "SHA-256", "PARENT");
                for (ArchivedMaster m : manifest.masters()) {
                    rows.row(m.name(), m.version(), CopyProgress.size(m.sizeBytes()), String.valueOf(m.items().size()),
                            m.sha256().substring(0, 12), m.parent() == null ? "-" : m.parent());
                }
                rows.print(out);
                out.println(NLS.bind(Messages.archiveSnapshot, new Object[] { manifest.count("host"), manifest.count("machine"),
                        manifest.count("storage"), manifest.count("clone") }));
            });
        }));
        table.add(command("archive import", CommandGroup.SCENARIOS).arguments("FILE")
                .options(value("storage", "DEVICE"), flag("skip-existing"), flag("replicate"), flag("dry-run"),
                        repeatable("map", "CLONE=MACHINE"), repeatable("var", "CLONE:NAME=VALUE"))
                .run((context, arguments) -> {
                    if (arguments.has("replicate")) {
                        return ReplicateCommand.run(context, arguments, file(arguments));
                    }
                    if (arguments.has("dry-run") || arguments.has("map") || arguments.has("var")) {
                        throw arguments.usage(TopologyMessages.replicateOptionsNeedReplicate);
                    }
                    ArchiveSummary summary;
                    if (context.server() != null) { // the server reads the archive on its host
                        if (!MasterCommands.isAbsolute(arguments.positional(0))) {
                            throw arguments.usage(NLS.bind(Messages.fileOnServer, "FILE", arguments.positional(0)));
                        }
                        summary = new ServerOperations(context.server()).importArchive(file(arguments),
                                arguments.required("storage", "DEVICE"), arguments.has("skip-existing"), context.monitor());
                    } else {
                        summary = context.engine().importArchive(file(arguments),
                                arguments.required("storage", "DEVICE"), arguments.has("skip-existing"), context.monitor());
                    }
                    String line = NLS.bind(Messages.archiveImported, new Object[] { summary.masters().size(),
                            summary.masters().isEmpty() ? "-" : String.join(", ", summary.masters()),
                            CopyProgress.size(summary.imageBytes()) });
                    if (!summary.skipped().isEmpty()) {
                        line += NLS.bind(Messages.archiveSkipped, String.join(", ", summary.skipped()));
                    }
                    return Result.line(view(summary), line);
                }));
    }

    static Path file(ParsedArguments arguments) {
        String value = arguments.positional(0);
        try {
            return Path.of(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw arguments.usage(NLS.bind(Messages.badPath, "FILE", value));
        }
    }

    private static Map<String, Object> view(ArchiveSummary summary) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("archive", summary.archive().toString());
        view.put("masters", summary.masters());
        view.put("skipped", summary.skipped());
        view.put("imageBytes", summary.imageBytes());
        return view;
    }

    private static Map<String, Object> view(ArchiveManifest manifest) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("format", manifest.format());
        view.put("site", manifest.site());
        view.put("created", manifest.created());
        view.put("createdBy", manifest.createdBy());
        List<Map<String, Object>> masters = manifest.masters().stream().map(m -> {
            Map<String, Object> master = new LinkedHashMap<>();
            master.put("name", m.name());
            master.put("version", m.version());
            master.put("sizeBytes", m.sizeBytes());
            master.put("sha256", m.sha256());
            master.put("items", m.items().size());
            master.put("parent", m.parent());
            return master;
        }).toList();
        view.put("masters", masters);
        Map<String, Object> snapshot = new LinkedHashMap<>();
        for (String kind : List.of("host", "machine", "storage", "clone")) {
            snapshot.put(kind + "s", manifest.count(kind));
        }
        view.put("snapshot", snapshot);
        return view;
    }
}
