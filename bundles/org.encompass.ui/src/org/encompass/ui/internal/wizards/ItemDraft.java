package org.encompass.ui.internal.wizards;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.encompass.core.EncompassException;
import org.encompass.core.customization.CustomizationItem;
import org.encompass.core.customization.CustomizationItemValidator;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.customization.RegexReplacement;

/** One customization item as the operator is still editing it in the import wizard. */
public final class ItemDraft {
    public enum Kind {
        FILE, REGEX
    }

    Kind kind;
    String path = "";
    /** File replacement: the local file whose content goes into the image. */
    String source = "";
    boolean template;
    String pattern = "";
    String replacement = "";
    String flags = "";

    ItemDraft(Kind kind) {
        this.kind = kind;
    }

    /**
     * What is wrong with the item, as a sentence; {@code null} when it can be stored. Beyond what the operator
     * still has to fill in, the engine's own check ({@link CustomizationItemValidator}, as {@code master item-add}
     * and site archives use it) decides.
     */
    String problem() {
        if (path.isEmpty()) {
            return ItemMessages.noPath;
        }
        if (kind == Kind.FILE && sourceProblem() != null) {
            return sourceProblem();
        }
        if (kind == Kind.REGEX && pattern.isEmpty()) {
            return ItemMessages.noPattern;
        }
        // the engine's own check (RE2 syntax, flags such as x), so the wizard accepts exactly what the engine runs
        try {
            return CustomizationItemValidator.problem(toItem());
        } catch (EncompassException e) {
            return e.getMessage();
        }
    }

    private String sourceProblem() {
        if (source.isEmpty()) {
            return ItemMessages.noSource;
        }
        try {
            return Files.isRegularFile(Path.of(source)) ? null : NLS.bind(ItemMessages.sourceMissing, source);
        } catch (InvalidPathException e) {
            return NLS.bind(ItemMessages.sourceMissing, source);
        }
    }

    /** The engine's item; a file replacement reads its source file now (UTF-8 text, as the CLI's --content-file). */
    public CustomizationItem toItem() {
        if (kind == Kind.REGEX) {
            return new RegexReplacement(null, path, pattern, replacement, flags.isEmpty() ? null : flags);
        }
        try {
            String content = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(Path.of(source)))).toString();
            return new FileReplacement(null, path, content, template);
        } catch (CharacterCodingException e) {
            throw new EncompassException(NLS.bind(ItemMessages.sourceNotText, source));
        } catch (IOException e) {
            throw new EncompassException(NLS.bind(ItemMessages.sourceUnreadable, source, e.getMessage()));
        }
    }
}
