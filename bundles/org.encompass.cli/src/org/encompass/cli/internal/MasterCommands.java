package org.encompass.cli.internal;

import static org.encompass.cli.internal.CommandSpec.command;
import static org.encompass.cli.internal.OptionSpec.flag;
import static org.encompass.cli.internal.OptionSpec.value;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.encompass.core.EncompassException;
import org.encompass.core.ImportRequest;
import org.encompass.core.Limits;
import org.encompass.core.customization.CustomizationItem;
import org.encompass.core.customization.CustomizationItemValidator;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.customization.RegexReplacement;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.spi.ImageFormat;
import org.encompass.model.Master;
import org.encompass.server.ServerOperations;

/** Masters: import, list, show, delete, and their customization items. */
final class MasterCommands {
    private MasterCommands() {
    }

    static void register(CommandTable table) {
        table.add(command("master import", CommandGroup.MASTERS).arguments("NAME")
                .options(value("file", "FILE"), value("storage", "DEVICE"), value("format", "FORMAT"),
                        value("version", "VERSION"), value("description", "TEXT"), value("service-profile", "PROFILE"),
                        value("software-profile", "PROFILE"), value("arch", "ARCH"), value("min-cpus", "N"),
                        value("min-memory", "MIB"), value("min-disk", "GIB"))
                .run(MasterCommands::importMaster));
        table.add(command("master list", CommandGroup.MASTERS).run(MasterCommands::list));
        table.add(command("master show", CommandGroup.MASTERS).arguments("NAME").run(MasterCommands::show));
        table.add(command("master delete", CommandGroup.MASTERS).arguments("NAME").run(MasterCommands::delete));
        table.add(command("master item-add", CommandGroup.MASTERS).arguments("NAME")
                .options(value("path", "PATH"), value("content", "TEXT"), value("content-file", "FILE"), flag("template"),
                        value("pattern", "REGEX"), value("replacement", "TEXT"), value("flags", "FLAGS"),
                        value("description", "TEXT"))
                .run(MasterCommands::addItem));
        table.alias("masters", "master list");
    }

    private static Result importMaster(CommandContext context, ParsedArguments arguments) {
        String name = arguments.positional(0);
        String given = arguments.required("file", "FILE");
        boolean onServer = context.server() != null;
        if (onServer && !isAbsolute(given)) { // the server reads it: the client's working directory means nothing there
            throw arguments.usage(NLS.bind(Messages.fileOnServer, "--file", given));
        }
        Path file = path(arguments, "file", given);
        String storage = arguments.required("storage", "DEVICE");
        // on the server's host the server detects it (null); here this process does
        ImageFormat format = arguments.has("format") ? arguments.enumValue("format", ImageFormat.class, null)
                : onServer ? null : ImageFormat.detect(file);
        ImportRequest request = new ImportRequest(name, file, format, storage, arguments.value("version", "1"),
                arguments.value("description"), arguments.value("service-profile"), arguments.value("software-profile"),
                arguments.value("arch"), (int) arguments.rangedValue("min-cpus", Limits.MIN_CPUS, 0),
                arguments.rangedValue("min-memory", Limits.MIN_MEMORY_MIB, 0), arguments.rangedValue("min-disk", Limits.MIN_DISK_GIB, 0));
        if (onServer) {
            new ServerOperations(context.server()).importMaster(request, context.monitor());
        } else {
            context.engine().importMaster(request, context.monitor());
        }
        Map<String, Object> view = context.read(site -> ModelViews.master(SiteLookup.master(site, name), false));
        return Result.line(view, NLS.bind(Messages.masterImported, new Object[] { name,
                String.valueOf(view.get("format")).toLowerCase(java.util.Locale.ROOT),
                Formats.bytes(((Number) view.get("sizeBytes")).longValue()), storage }));
    }

    /** Whether {@code value} is an absolute path (a path the repository server can take as it is). */
    static boolean isAbsolute(String value) {
        try {
            return Path.of(value).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static Path path(ParsedArguments arguments, String option, String value) {
        try {
            return Path.of(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw arguments.usage(NLS.bind(Messages.badPath, "--" + option, value));
        }
    }

    private static Result list(CommandContext context, ParsedArguments arguments) {
        List<Map<String, Object>> masters = context.read(site -> site.getMasters().stream()
                .map(m -> ModelViews.master(m, false)).toList());
        return Result.of(Map.of("masters", masters), out -> {
            TextTable table = new TextTable("NAME", "VERSION", "FORMAT", "SIZE", "STORAGE", "ITEMS", "CLONES", "PARENT",
                    "STATUS");
            masters.forEach(m -> table.row(m.get("name"), m.get("version"), m.get("format"),
                    Formats.bytes(((Number) m.get("sizeBytes")).longValue()), m.get("storage"), m.get("itemCount"),
                    m.get("liveClones"), m.get("parent"),
                    Boolean.TRUE.equals(m.get("retired")) ? Messages.retired : Messages.present));
            InventoryCommands.printOrNone(table, out, Messages.noMasters);
        });
    }

    private static Result show(CommandContext context, ParsedArguments arguments) {
        String name = arguments.positional(0);
        Map<String, Object> view = context.read(site -> ModelViews.master(SiteLookup.master(site, name), true));
        return Result.of(view, out -> printMaster(view, out));
    }

    @SuppressWarnings("unchecked")
    private static void printMaster(Map<String, Object> view, PrintStream out) {
        Map<String, Object> r = (Map<String, Object>) view.get("requirements");
        List<String> lineage = (List<String>) view.get("lineage");
        List<String> children = (List<String>) view.get("children");
        new Details().add("Master", view.get("name")).add("Version", view.get("version"))
                .add("Description", view.get("description")).add("Service profile", view.get("serviceProfile"))
                .add("Software profile", view.get("softwareProfile"))
                .add("Image", Boolean.TRUE.equals(view.get("retired")) ? Messages.retiredImage
                        : view.get("location") + " (" + view.get("format") + ", "
                                + Formats.bytes(((Number) view.get("sizeBytes")).longValue()) + ", on " + view.get("storage") + ")")
                .add("Created", view.get("created"))
                .add("Requirements", NLS.bind(Messages.requirements, new Object[] {
                        r.get("architecture") == null ? Messages.anyArchitecture : r.get("architecture"), r.get("minCpus"),
                        r.get("minMemoryMiB"), r.get("minDiskGiB") }))
                .add("Lineage", lineage.isEmpty() ? Messages.noParent
                        : view.get("name") + " <- " + String.join(" <- ", lineage)
                                + (view.get("sourceClone") == null ? "" : " (" + NLS.bind(Messages.capturedFrom, view.get("sourceClone")) + ")"))
                .add("Derived masters", children.isEmpty() ? null : String.join(", ", children))
                .print(out);
        out.println();
        List<Map<String, Object>> items = (List<Map<String, Object>>) view.get("items");
        out.println(NLS.bind(Messages.itemsHeading, items.size()));
        for (Map<String, Object> item : items) {
            out.println("  " + item.get("number") + ". " + describeItem(item));
        }
        out.println();
        List<Map<String, Object>> clones = (List<Map<String, Object>>) view.get("clones");
        out.println(NLS.bind(Messages.clonesHeading, clones.size()));
        if (!clones.isEmpty()) {
            TextTable table = new TextTable("  CLONE", "STATE", "MACHINE");
            clones.forEach(c -> table.row("  " + c.get("name"), c.get("state"), c.get("machine")));
            table.print(out);
        }
    }

    static String describeItem(Map<String, Object> item) {
        String description = item.get("description") == null || item.get("description").toString().isEmpty() ? ""
                : "  (" + item.get("description") + ")";
        if ("regex".equals(item.get("type"))) {
            String flags = item.get("flags") == null ? "" : item.get("flags").toString();
            return NLS.bind(Messages.regexItem, new Object[] { item.get("path"), Formats.visible(String.valueOf(item.get("pattern"))),
                    Formats.visible(String.valueOf(item.get("replacement"))), flags.isEmpty() ? "" : " [" + flags + "]" })
                    + description;
        }
        String sha = String.valueOf(item.get("contentSha256"));
        return NLS.bind(Boolean.TRUE.equals(item.get("template")) ? Messages.templateItem : Messages.fileItem,
                new Object[] { item.get("path"), item.get("contentBytes"), sha.length() > 12 ? sha.substring(0, 12) : sha })
                + description;
    }

    private static Result delete(CommandContext context, ParsedArguments arguments) {
        String name = arguments.positional(0);
        if (context.server() != null) {
            context.server().run(Operation.DELETE_MASTER.label(), name, Map.of(), context.monitor());
        } else {
            context.engine().deleteMaster(name, context.monitor());
        }
        Map<String, Object> view = context.read(site -> SiteLookup.findMaster(site, name)
                .map(m -> ModelViews.master(m, false)).orElse(null));
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("name", name);
        json.put("retired", view != null);
        json.put("master", view);
        return Result.line(json, NLS.bind(view != null ? Messages.masterRetired : Messages.masterDeleted, name));
    }

    private static Result addItem(CommandContext context, ParsedArguments arguments) {
        String master = arguments.positional(0);
        CustomizationItem item = item(arguments);
        context.engine().addCustomizationItem(master, item);
        Map<String, Object> view = context.read(site -> {
            Master m = SiteLookup.master(site, master);
            int number = m.getCustomizationItems().size();
            return ModelViews.item(number, m.getCustomizationItems().get(number - 1));
        });
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("master", master);
        json.put("item", view);
        return Result.line(json, NLS.bind(Messages.itemAdded, new Object[] { view.get("number"), master, describeItem(view) }));
    }

    /** The item the options describe: a file replacement or a regex replacement, never a mix. */
    static CustomizationItem item(ParsedArguments arguments) {
        boolean regex = arguments.has("pattern") || arguments.has("replacement") || arguments.has("flags");
        boolean file = arguments.has("content") || arguments.has("content-file") || arguments.has("template");
        if (regex && file) {
            throw arguments.usage(Messages.itemMixed);
        }
        if (!regex && !file) {
            throw arguments.usage(Messages.itemKindMissing);
        }
        String path = arguments.required("path", "PATH");
        String description = arguments.value("description");
        if (file) {
            if (arguments.has("content") == arguments.has("content-file")) {
                throw arguments.usage(Messages.contentChoice);
            }
            String content = arguments.has("content") ? arguments.value("content")
                    : readContent(path(arguments, "content-file", arguments.value("content-file")));
            return new FileReplacement(description, path, content, arguments.flag("template"));
        }
        String pattern = arguments.required("pattern", "REGEX");
        String replacement = arguments.value("replacement");
        if (replacement == null) {
            throw arguments.usage(NLS.bind(Messages.missingOption, "--replacement TEXT"));
        }
        return new RegexReplacement(description, path, pattern, replacement, arguments.value("flags"));
    }

    /**
     * The file's bytes as UTF-8 text, read up to the item size limit and no further (a device such as
     * /dev/zero never ends); invalid UTF-8 is refused with its byte offset.
     */
    private static String readContent(Path file) {
        long limit = CustomizationItemValidator.MAX_CONTENT_BYTES;
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) limit + 1);
        } catch (NoSuchFileException e) {
            throw new EncompassException(NLS.bind(Messages.contentFileMissing, file));
        } catch (IOException e) {
            throw new EncompassException(NLS.bind(Messages.contentFileUnreadable, file, e.getMessage()));
        }
        if (bytes.length > limit) {
            throw new EncompassException(NLS.bind(Messages.contentFileTooLarge, file, limit));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int offset = RawArguments.firstInvalidOffset(bytes);
            throw new EncompassException(NLS.bind(Messages.contentFileNotText, new Object[] { file,
                    String.format(java.util.Locale.ROOT, "0x%02x", bytes[offset] & 0xff), offset }));
        }
    }
}
