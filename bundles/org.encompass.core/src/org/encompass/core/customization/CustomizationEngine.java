package org.encompass.core.customization;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.google.re2j.Matcher;

/**
 * Applies a master's customization items to a clone's image and rolls them back (paper section 2.4).
 *
 * <h2>Developer note: semantics</h2>
 * <ul>
 * <li><b>Pointer.</b> A clone's pointer is the number of items applied so far: items {@code [0, pointer)}
 * are in the image, the rest are not. Items are always applied in list order and undone in reverse.</li>
 * <li><b>Staged apply.</b> {@link #apply apply(..., pointer, target, ...)} applies items
 * {@code [pointer, target)}; assign uses {@code target = items.size()}. Before writing anything, every item
 * in that range is checked on its own (path confined to the image, regex flags and pattern, variables
 * present, group references within the pattern): such an error leaves the image and the pointer untouched.
 * Then each item's new bytes are computed completely, its {@link UndoRecord} (old bytes, new bytes'
 * digest) is handed to the {@link ItemListener} as the item's intent before the image is touched, the bytes
 * are written, and the item is reported applied before the next item starts, so the caller can persist the
 * intent before and the pointer after every write. An error that only the image can reveal (missing file or
 * directory, symbolic link, I/O) stops at that item: the items before it stay applied and reported, the item itself wrote nothing, and the
 * {@link CustomizationException} carries its index and the pointer reached.</li>
 * <li><b>Rollback.</b> {@link #rollback rollback(..., pointer, target, ...)} undoes items
 * {@code [target, pointer)} newest first, restoring the exact original bytes or deleting a file the item
 * created. The undo records are checked for consistency, and (unless forced) every file must still hold
 * exactly the bytes the item wrote, before anything is written: a file changed since would lose those
 * changes, so rollback refuses. Progress is reported per item like apply: the intent before the bytes are
 * restored, the item undone after.</li>
 * <li><b>Atomicity.</b> Per file, as the {@link ImageFiles} implementation allows: a write goes to a
 * temporary file that replaces the target only when complete, so an image never holds a half-written file.
 * Across items there is no transaction: the pointer, persisted by the caller after every reported item,
 * says how far the image got, and an intent recorded but not yet followed by its pointer names the one item
 * a crash may have left half-way: {@link #inspect} tells from the file's bytes on which side it is. If the
 * listener throws after a write, the engine undoes that one item again, so the image matches the last
 * pointer the caller accepted.</li>
 * <li><b>Text.</b> Template content is written as UTF-8; a regex replacement decodes its file strictly as
 * UTF-8, or as UTF-16 when it starts with a UTF-16 byte order mark (Windows' unattend.xml), and writes it back
 * in the same encoding with the same mark (a file that does not decode is an error, never silently mangled) and leaves unmatched bytes exactly as
 * they were. Patterns run on RE2/J, in time linear in the file ({@link RegexItemPattern}), and every item
 * is checked by {@link CustomizationItemValidator} first. A pattern that matches nothing is not an error
 * but a warning in the {@link ApplyResult}.</li>
 * </ul>
 * Stateless and thread-safe; an {@link ImageFiles} is not, so use one per image at a time.
 */
public final class CustomizationEngine {

    private sealed interface Edit permits NewContent, RegexEdit {
    }

    private record NewContent(byte[] content) implements Edit {
    }

    private record RegexEdit(RegexItemPattern pattern, Template replacement) implements Edit {
    }

    /** An item checked and ready to apply: everything that can be known without the image. */
    private record Prepared(int index, String label, ImagePath path, Edit edit) {
    }

    /** Applies items {@code [pointer, target)} with no listener; see {@link #apply(ImageFiles, List, int, int, Map, ItemListener)}. */
    public ApplyResult apply(ImageFiles files, List<? extends CustomizationItem> items, int pointer, int target,
            Map<String, String> variables) throws CustomizationException {
        return apply(files, items, pointer, target, variables, ItemListener.NONE);
    }

    /**
     * Applies items {@code [pointer, target)} in order, reporting each to {@code listener} as soon as it is
     * in the image.
     *
     * @throws IllegalArgumentException when {@code pointer} is outside {@code [0, items.size()]} or
     *                                  {@code target} outside {@code [pointer, items.size()]}
     * @throws CustomizationException   naming the item that failed and the pointer reached
     */
    public ApplyResult apply(ImageFiles files, List<? extends CustomizationItem> items, int pointer, int target,
            Map<String, String> variables, ItemListener listener) throws CustomizationException {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(items, "items");
        Map<String, String> values = variables == null ? Map.of() : variables;
        ItemListener reporter = listener == null ? ItemListener.NONE : listener;
        if (pointer < 0 || pointer > items.size()) {
            throw new IllegalArgumentException("pointer " + pointer + " is outside 0.." + items.size()
                    + " (the master has " + items.size() + " customization items)");
        }
        if (target < pointer || target > items.size()) {
            throw new IllegalArgumentException("cannot apply up to item " + target + ": the target must be between"
                    + " the pointer (" + pointer + ") and the number of items (" + items.size() + ")"
                    + (target < pointer ? "; use rollback to go back" : ""));
        }
        List<Prepared> prepared = new ArrayList<>();
        for (int index = pointer; index < target; index++) {
            prepared.add(prepare(index, items.get(index), values, pointer));
        }
        List<UndoRecord> records = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Prepared item : prepared) {
            if (reporter.cancelled()) {
                throw new CustomizationException("cancelled before " + item.label() + "; the image holds items 1.."
                        + item.index() + " (pointer " + item.index() + ")", item.index(), item.index(), null);
            }
            UndoRecord record = applyOne(files, item, values, warnings, reporter);
            report(files, item, record, reporter);
            records.add(record);
        }
        return new ApplyResult(target, records, warnings);
    }

    /** Rolls back items {@code [target, pointer)}, refusing when a file changed after its item was applied. */
    public void rollback(ImageFiles files, List<UndoRecord> applied, int pointer, int target)
            throws CustomizationException {
        rollback(files, applied, pointer, target, false, RollbackListener.NONE);
    }

    /** Like {@link #rollback(ImageFiles, List, int, int, boolean, RollbackListener)}, not forced. */
    public void rollback(ImageFiles files, List<UndoRecord> applied, int pointer, int target,
            RollbackListener listener) throws CustomizationException {
        rollback(files, applied, pointer, target, false, listener);
    }

    /**
     * Undoes items {@code [target, pointer)} newest first, restoring each file's exact original bytes (or
     * deleting it when the item created it), reporting each item to {@code listener} as soon as it is undone.
     *
     * @param applied undo records of exactly the applied items {@code [0, pointer)} or of a part of them
     *                that covers {@code [target, pointer)}
     * @param force   {@code true} restores even files that changed after their item was applied, losing
     *                those changes
     * @throws IllegalArgumentException when {@code target} is outside {@code [0, pointer]} or the records do
     *                                  not fit the pointer or each other
     * @throws CustomizationException   naming the item that could not be undone and the pointer reached
     */
    public void rollback(ImageFiles files, List<UndoRecord> applied, int pointer, int target, boolean force,
            RollbackListener listener) throws CustomizationException {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(applied, "applied");
        RollbackListener reporter = listener == null ? RollbackListener.NONE : listener;
        if (pointer < 0) {
            throw new IllegalArgumentException("pointer must not be negative: " + pointer);
        }
        if (target < 0 || target > pointer) {
            throw new IllegalArgumentException("cannot roll back to item " + target + ": the target must be between"
                    + " 0 and the pointer (" + pointer + ")" + (target > pointer ? "; use apply to go forward" : ""));
        }
        TreeMap<Integer, UndoRecord> toUndo = recordsToUndo(applied, pointer, target);
        if (!force) {
            for (UndoRecord newest : newestPerPath(toUndo).values()) {
                requireUnchanged(files, newest, pointer);
            }
        }
        for (UndoRecord record : toUndo.descendingMap().values()) {
            byte[] current = readState(files, record, record.index() + 1);
            if (!force && !matches(current, record.appliedSha256())) {
                throw changedAfterApply(record, record.index() + 1);
            }
            announceRestore(record, reporter);
            restore(files, record, record.index() + 1);
            try {
                reporter.rolledBack(record);
            } catch (Exception e) {
                String redone = putBack(files, record.path(), current);
                throw new CustomizationException(rollbackLabel(record) + " was undone but recording it failed ("
                        + e.getMessage() + "); " + (redone == null ? "the item was put back in the image"
                                : "putting it back failed too (" + redone + "), so the image no longer holds it"),
                        record.index(), redone == null ? record.index() + 1 : record.index(), e);
            }
        }
    }

    // ---- apply ----

    private static Prepared prepare(int index, CustomizationItem item, Map<String, String> values, int pointer)
            throws CustomizationException {
        if (item == null) {
            throw new CustomizationException("item " + (index + 1) + " is missing (null)", index, pointer, null);
        }
        String label = label(index, item);
        CustomizationItemValidator.Checked checked;
        try {
            checked = CustomizationItemValidator.checked(item);
        } catch (IllegalArgumentException e) {
            throw new CustomizationException(label + ": " + e.getMessage(), index, pointer, e);
        }
        Edit edit = switch (item) {
            case FileReplacement file -> {
                if (checked.template() == null) {
                    yield new NewContent(file.content().getBytes(StandardCharsets.UTF_8));
                }
                requireVariables(checked.template(), values, label, index, pointer);
                yield new NewContent(checked.template().render(values, null).getBytes(StandardCharsets.UTF_8));
            }
            case RegexReplacement regex -> {
                requireVariables(checked.template(), values, label, index, pointer);
                yield new RegexEdit(checked.pattern(), checked.template());
            }
        };
        return new Prepared(index, label, checked.path(), edit);
    }

    private static void requireVariables(Template template, Map<String, String> values, String label, int index,
            int pointer) throws CustomizationException {
        for (String name : template.variables()) {
            if (values.get(name) == null) {
                throw new CustomizationException(label + ": variable '" + name + "' has no value for this clone",
                        index, pointer, null);
            }
        }
    }

    /**
     * What the image holds for an item whose intent ({@link ItemListener#writing}, {@link
     * RollbackListener#restoring}) was recorded but whose outcome was not: the file compared with the bytes
     * the item writes and with its bytes from before (absent for a file the item creates). When the item
     * wrote the bytes that were there already, both match: {@link ItemInImage#APPLIED}.
     *
     * @throws IOException when the file cannot be read (for example it is a directory now)
     */
    public ItemInImage inspect(ImageFiles files, UndoRecord intent) throws IOException {
        Objects.requireNonNull(files, "files");
        byte[] current = files.exists(intent.path()) ? files.read(intent.path()) : null;
        if (matches(current, intent.appliedSha256())) {
            return ItemInImage.APPLIED;
        }
        boolean before = intent.existedBefore() ? current != null && Arrays.equals(current, intent.originalContent())
                : current == null;
        return before ? ItemInImage.NOT_APPLIED : ItemInImage.NEITHER;
    }

    private static UndoRecord applyOne(ImageFiles files, Prepared item, Map<String, String> values,
            List<String> warnings, ItemListener reporter) throws CustomizationException {
        String path = item.path().toString();
        try {
            boolean existed = files.exists(path);
            byte[] original = existed ? files.read(path) : null;
            byte[] updated = switch (item.edit()) {
                case NewContent content -> content.content();
                case RegexEdit regex -> replace(regex, original, path, files, values, item.label(), warnings);
            };
            UndoRecord record = new UndoRecord(item.index(), path, existed, original, UndoRecord.sha256(updated));
            announceWrite(item, record, reporter);
            if (!existed || !Arrays.equals(original, updated)) {
                files.write(path, updated);
            }
            return record;
        } catch (IOException e) {
            throw new CustomizationException(item.label() + ": " + e.getMessage(), item.index(), item.index(), e);
        }
    }

    private static byte[] replace(RegexEdit edit, byte[] original, String path, ImageFiles files,
            Map<String, String> values, String label, List<String> warnings) throws IOException {
        if (original == null) {
            throw new IOException(path + " does not exist in " + files.description()
                    + "; a regex replacement edits an existing file");
        }
        TextEncoding encoding = TextEncoding.of(original);
        String text;
        try {
            text = encoding.decode(original);
        } catch (CharacterCodingException e) {
            throw new IOException(path + " is not " + encoding.name() + " text; a regex replacement edits text files only", e);
        }
        // RE2/J matches in time linear in the text: no pattern can stall here (see RegexItemPattern).
        Matcher matcher = edit.pattern().pattern().matcher(text);
        StringBuilder result = null;
        int copied = 0;
        int from = 0;
        while (edit.pattern().find(matcher, text, from)) {
            if (result == null) {
                result = new StringBuilder(text.length() + 64);
            }
            result.append(text, copied, matcher.start()).append(edit.replacement().render(values, matcher::group));
            copied = matcher.end();
            // after an empty match the next one starts a character later, as with java.util.regex
            from = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
            if (edit.pattern().firstOnly()) {
                break;
            }
        }
        if (result == null) {
            warnings.add(label + ": the pattern matched nothing in " + path);
            return original;
        }
        return encoding.encode(result.append(text, copied, text.length()).toString());
    }

    private static void announceWrite(Prepared item, UndoRecord intent, ItemListener listener)
            throws CustomizationException {
        try {
            listener.writing(intent);
        } catch (Exception e) {
            throw new CustomizationException(item.label() + ": recording its intent failed (" + e.getMessage()
                    + "); nothing was written", item.index(), item.index(), e);
        }
    }

    private static void report(ImageFiles files, Prepared item, UndoRecord record, ItemListener listener)
            throws CustomizationException {
        try {
            listener.applied(record);
        } catch (Exception e) {
            String undone = putBack(files, record.path(), record.originalContent());
            throw new CustomizationException(item.label() + " was applied but recording it failed (" + e.getMessage()
                    + "); " + (undone == null ? "the item was undone in the image"
                            : "undoing it failed too (" + undone + "), so the image still holds it"),
                    item.index(), undone == null ? item.index() : item.index() + 1, e);
        }
    }

    private static String label(int index, CustomizationItem item) {
        String description = item.description();
        return "item " + (index + 1) + (description == null || description.isBlank() ? "" : " (" + description + ")");
    }

    // ---- rollback ----

    /** The records for {@code [target, pointer)} by index, after checking they fit the pointer and each other. */
    private static TreeMap<Integer, UndoRecord> recordsToUndo(List<UndoRecord> applied, int pointer, int target) {
        Map<Integer, UndoRecord> byIndex = new HashMap<>();
        for (UndoRecord record : applied) {
            Objects.requireNonNull(record, "undo record");
            if (record.index() >= pointer) {
                throw new IllegalArgumentException("there is an undo record for item " + (record.index() + 1)
                        + " but the pointer says only " + pointer + " items are applied");
            }
            if (byIndex.put(record.index(), record) != null) {
                throw new IllegalArgumentException("there are two undo records for item " + (record.index() + 1));
            }
            try {
                ImagePath.parse(record.path());
            } catch (IOException e) {
                throw new IllegalArgumentException("the undo record for item " + (record.index() + 1) + " has an"
                        + " invalid path: " + e.getMessage(), e);
            }
        }
        TreeMap<Integer, UndoRecord> toUndo = new TreeMap<>();
        for (int index = target; index < pointer; index++) {
            UndoRecord record = byIndex.get(index);
            if (record == null) {
                throw new IllegalArgumentException("there is no undo record for item " + (index + 1)
                        + ", which is applied (pointer " + pointer + ")");
            }
            toUndo.put(index, record);
        }
        Map<String, UndoRecord> previous = new HashMap<>();
        for (UndoRecord record : toUndo.values()) {
            UndoRecord before = previous.put(normalized(record), record);
            if (before != null && (!record.existedBefore()
                    || !UndoRecord.sha256(record.originalContent()).equals(before.appliedSha256()))) {
                throw new IllegalArgumentException("the undo records for items " + (before.index() + 1) + " and "
                        + (record.index() + 1) + " on " + record.path() + " do not fit together: item "
                        + (record.index() + 1) + " did not start from what item " + (before.index() + 1) + " wrote");
            }
        }
        return toUndo;
    }

    private static Map<String, UndoRecord> newestPerPath(TreeMap<Integer, UndoRecord> records) {
        Map<String, UndoRecord> newest = new LinkedHashMap<>();
        for (UndoRecord record : records.descendingMap().values()) {
            newest.putIfAbsent(normalized(record), record);
        }
        return newest;
    }

    private static String normalized(UndoRecord record) {
        try {
            return ImagePath.parse(record.path()).toString();
        } catch (IOException e) {
            throw new IllegalStateException("checked in recordsToUndo", e);
        }
    }

    private static void requireUnchanged(ImageFiles files, UndoRecord record, int pointer)
            throws CustomizationException {
        if (!matches(readState(files, record, pointer), record.appliedSha256())) {
            throw changedAfterApply(record, pointer);
        }
    }

    /** The file's current bytes, or {@code null} when it does not exist. */
    private static byte[] readState(ImageFiles files, UndoRecord record, int pointer) throws CustomizationException {
        try {
            return files.exists(record.path()) ? files.read(record.path()) : null;
        } catch (IOException e) {
            throw new CustomizationException(rollbackLabel(record) + ": " + e.getMessage(), record.index(), pointer, e);
        }
    }

    private static boolean matches(byte[] current, String sha256) {
        return current != null && UndoRecord.sha256(current).equals(sha256);
    }

    private static CustomizationException changedAfterApply(UndoRecord record, int pointer) {
        return new CustomizationException(record.path() + " changed after item " + (record.index() + 1)
                + " was applied; rollback would lose those changes (force the rollback to discard them)",
                record.index(), pointer, null);
    }

    private static void restore(ImageFiles files, UndoRecord record, int pointer) throws CustomizationException {
        String failure = putBack(files, record.path(), record.originalContent());
        if (failure != null) {
            throw new CustomizationException(rollbackLabel(record) + ": " + failure, record.index(), pointer, null);
        }
    }

    /** Makes the file hold {@code content} (or not exist for {@code null}); the failure's message or {@code null}. */
    private static String putBack(ImageFiles files, String path, byte[] content) {
        try {
            if (content == null) {
                files.delete(path);
            } else {
                files.write(path, content);
            }
            return null;
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private static void announceRestore(UndoRecord record, RollbackListener listener) throws CustomizationException {
        try {
            listener.restoring(record);
        } catch (Exception e) {
            throw new CustomizationException(rollbackLabel(record) + ": recording its intent failed (" + e.getMessage()
                    + "); nothing was restored", record.index(), record.index() + 1, e);
        }
    }

    private static String rollbackLabel(UndoRecord record) {
        return "rolling back item " + (record.index() + 1) + " on " + record.path();
    }
}
