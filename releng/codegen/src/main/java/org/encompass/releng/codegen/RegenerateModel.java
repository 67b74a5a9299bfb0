package org.encompass.releng.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Command-line entry: regenerates the Encompass model code from
 * {@code bundles/org.encompass.model/model/encompass.ecore}, creating the genmodel on first use.
 *
 * <p>Usage: {@code RegenerateModel [--clean] <repository root>}. {@code --clean} deletes the
 * {@code src-gen} folder first, so classes removed from the model do not linger. Exits 0 on
 * success, 1 when loading, validation or generation failed, 2 for bad arguments.
 */
public final class RegenerateModel {

    static final String MODEL_PROJECT = "org.encompass.model";

    private RegenerateModel() {
    }

    public static void main(String[] args) {
        boolean clean = args.length == 2 && args[0].equals("--clean");
        if (args.length != 1 && !clean) {
            System.err.println("usage: RegenerateModel [--clean] <repository root>");
            System.exit(2);
        }
        Path root = Path.of(args[args.length - 1]).toAbsolutePath().normalize();
        Path modelProject = root.resolve("bundles").resolve(MODEL_PROJECT);
        Path ecore = modelProject.resolve("model/encompass.ecore");
        if (!Files.isRegularFile(ecore)) {
            System.err.println("error: no Ecore model at " + ecore + " (is " + root + " the repository root?)");
            System.exit(2);
        }
        try {
            if (clean) {
                deleteTree(modelProject.resolve("src-gen"));
            }
            List<String> written = new ModelGenerator(modelProject).run();
            for (String output : written) {
                System.out.println("wrote " + output);
            }
            System.out.println(written.isEmpty()
                    ? "generated code is up to date: no file changed"
                    : written.size() + " file(s) written");
        } catch (GenerationFailedException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void deleteTree(Path dir) throws GenerationFailedException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new GenerationFailedException("cannot delete " + dir + ": " + e.getMessage());
        }
        System.out.println("deleted " + dir);
    }
}
