package org.encompass.cli.internal;

import static org.encompass.cli.internal.CommandSpec.command;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.encompass.core.Orphan;
import org.encompass.core.spi.CopyProgress;

/** Images on storage that no record owns, and reclaiming them. */
final class OrphanCommands {
    private OrphanCommands() {
    }

    static void register(CommandTable table) {
        table.add(command("orphans", CommandGroup.INVENTORY).run((context, arguments) -> {
            List<Orphan> orphans = context.engine().orphans(context.monitor());
            return Result.of(Map.of("orphans", views(orphans)), out -> {
                if (orphans.isEmpty()) {
                    out.println(Messages.noOrphans);
                } else {
                    print(orphans, out);
                }
            });
        }));
        table.add(command("orphans reclaim", CommandGroup.INVENTORY).arguments("[LOCATION...]").run((context, arguments) -> {
            List<Orphan> reclaimed = context.engine().reclaimOrphans(arguments.positionalsFrom(0), context.monitor());
            return Result.of(Map.of("reclaimed", views(reclaimed)), out -> {
                out.println(NLS.bind(Messages.orphansReclaimed, reclaimed.size()));
                if (!reclaimed.isEmpty()) {
                    print(reclaimed, out);
                }
            });
        }));
    }

    private static List<Map<String, Object>> views(List<Orphan> orphans) {
        return orphans.stream().map(orphan -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("storage", orphan.storage());
            view.put("location", orphan.location());
            view.put("bytes", orphan.bytes());
            view.put("reason", orphan.reason());
            view.put("inUse", orphan.inUse());
            return view;
        }).toList();
    }

    private static void print(List<Orphan> orphans, PrintStream out) {
        TextTable table = new TextTable("STORAGE", "LOCATION", "SIZE", "WHY");
        orphans.forEach(o -> table.row(o.storage(), o.location(), CopyProgress.size(o.bytes()),
                o.inUse() ? o.reason() + " (" + Messages.orphanInUse + ")" : o.reason()));
        table.print(out);
    }
}
