package org.encompass.cli.internal;

import static org.encompass.cli.internal.CommandSpec.command;
import static org.encompass.cli.internal.OptionSpec.value;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.encompass.core.EncompassException;
import org.encompass.core.Limits;
import org.encompass.core.customization.ImageInspection;
import org.encompass.core.customization.ImageInspector;
import org.encompass.core.query.SiteLookup;

/** {@code master inspect}: what an image file, or a master's image, holds (partitions, file systems, OS). */
final class InspectCommand {

    /** An appliance launch takes 15-100 s here under TCG: a minute is too little on a loaded machine. */
    private static final Limits.Range TIMEOUT_SECONDS = new Limits.Range(10, 3600);

    private InspectCommand() {
    }

    static void register(CommandTable table) {
        table.add(command("master inspect", CommandGroup.MASTERS).arguments("FILE|MASTER")
                .options(value("timeout", "SECONDS")).run(InspectCommand::inspect));
    }

    private static Result inspect(CommandContext context, ParsedArguments arguments) {
        String target = arguments.positional(0);
        Path image = image(context, target);
        Duration timeout = Duration.ofSeconds(arguments.rangedValue("timeout", TIMEOUT_SECONDS,
                ImageInspector.DEFAULT_TIMEOUT.toSeconds()));
        ImageInspection found;
        try {
            found = ImageInspector.inspect(image, timeout, context.monitor());
        } catch (IOException e) {
            throw new EncompassException(e.getMessage(), e);
        }
        Map<String, Object> view = view(found);
        return Result.of(view, out -> print(found, out));
    }

    /** An existing file is inspected as such; anything else names a master, whose image is inspected. */
    private static Path image(CommandContext context, String target) {
        try {
            Path file = Path.of(target).toAbsolutePath().normalize();
            if (Files.exists(file) || target.contains("/")) {
                return file;
            }
        } catch (InvalidPathException e) {
            // not a path: a master's name
        }
        String location = context.read(site -> SiteLookup.master(site, target).getLocation());
        if (location == null || location.isEmpty()) {
            throw new EncompassException(NLS.bind(Messages.inspectNoImage, target));
        }
        return Path.of(location);
    }

    static Map<String, Object> view(ImageInspection found) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("image", found.image().toString());
        view.put("method", found.method());
        List<Map<String, Object>> partitions = new ArrayList<>();
        for (ImageInspection.Partition partition : found.partitions()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("device", partition.device());
            row.put("sizeBytes", partition.sizeBytes());
            partitions.add(row);
        }
        view.put("partitions", partitions);
        List<Map<String, Object>> fileSystems = new ArrayList<>();
        for (ImageInspection.FileSystem fs : found.fileSystems()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("device", fs.device());
            row.put("type", fs.type());
            row.put("label", fs.label());
            row.put("sizeBytes", fs.sizeBytes());
            row.put("root", fs.root());
            row.put("itemPrefix", fs.itemPrefix());
            fileSystems.add(row);
        }
        view.put("fileSystems", fileSystems);
        ImageInspection.OperatingSystem os = found.operatingSystem();
        Map<String, Object> system = null;
        if (os != null) {
            system = new LinkedHashMap<>();
            system.put("type", os.type());
            system.put("distro", os.distro());
            system.put("version", os.version());
            system.put("productName", os.productName());
            system.put("hostname", os.hostname());
        }
        view.put("operatingSystem", system);
        view.put("identityFiles", found.identityFiles());
        return view;
    }

    private static void print(ImageInspection found, PrintStream out) {
        ImageInspection.OperatingSystem os = found.operatingSystem();
        new Details().add("Image", found.image()).add("Read by", found.method())
                .add("Operating system", os == null ? Messages.inspectNoOs
                        : String.join(" ", List.of(os.productName().isEmpty() ? os.distro() + " " + os.version() : os.productName(),
                                "(" + os.type() + (os.distro().isEmpty() ? "" : ", " + os.distro()) + ")")).strip())
                .add("Hostname", os == null ? null : os.hostname())
                .add("Identity files", String.join(", ", found.identityFiles()))
                .print(out);
        out.println();
        if (!found.partitions().isEmpty()) {
            TextTable partitions = new TextTable("PARTITION", "SIZE");
            found.partitions().forEach(p -> partitions.row(p.device(), size(p.sizeBytes())));
            partitions.print(out);
            out.println();
        }
        TextTable fileSystems = new TextTable("FILE SYSTEM", "TYPE", "LABEL", "SIZE", "ROOT", "ITEM PATHS");
        found.fileSystems().forEach(fs -> fileSystems.row(fs.device(), fs.type(), fs.label().isEmpty() ? "-" : fs.label(),
                size(fs.sizeBytes()), fs.root() ? "yes" : "", fs.itemPrefix() + "/..."));
        fileSystems.print(out);
    }

    private static String size(long bytes) {
        return bytes < 0 ? "?" : Formats.bytes(bytes);
    }
}
