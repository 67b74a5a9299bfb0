package org.encompass.ui.internal.wizards;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.encompass.core.customization.ImageInspection;
import org.encompass.ui.drivers.DriverConnectionPage;

/**
 * The master's ordered customization items: the operator adds, edits, reorders and removes file
 * replacements and regex replacements. Every edit is checked at once (a bad pattern shows the
 * regex engine's own message, a missing source file says so) and Finish waits until all items are valid.
 * Once the image was inspected ({@link ImageInspectionPage}), the path can be put in one of its file systems
 * (another than the root adds its {@code /dev/sdaN:} prefix) and filled from the OS's usual identity files.
 */
public final class CustomizationItemsPage extends WizardPage {
    /** An item path in a file system other than the root: {@code /dev/sda1:/EFI/BOOT/grub.cfg}. */
    private static final Pattern DEVICE_PREFIX = Pattern.compile("^(/dev/[^:]+:)(.*)$");
    private final List<ItemDraft> items = new ArrayList<>();
    private ImageInspection inspection;
    private Combo fileSystem;
    private Combo suggestion;
    private Table table;
    private Button fileKind;
    private Button regexKind;
    private Text path;
    private Text source;
    private Button browse;
    private Button template;
    private Text pattern;
    private Text replacement;
    private Text flags;
    private Button remove;
    private Button up;
    private Button down;
    /** Set while the editor shows a row, so its own updates are not taken as operator edits. */
    private boolean loading;

    CustomizationItemsPage() {
        super("items", ItemMessages.title, null);
        setDescription(ItemMessages.description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setData(DriverConnectionPage.FIELD, "items");
        for (String header : new String[] { "#", ItemMessages.columnKind, ItemMessages.columnPath, ItemMessages.columnDetail }) {
            new TableColumn(table, SWT.NONE).setText(header);
        }
        table.getColumn(0).setWidth(30);
        table.getColumn(1).setWidth(70);
        table.getColumn(2).setWidth(160);
        table.getColumn(3).setWidth(220);
        GridDataFactory.fillDefaults().grab(true, true).hint(480, 110).applyTo(table);
        table.addListener(SWT.Selection, e -> showSelected());

        Composite buttons = new Composite(body, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        button(buttons, ItemMessages.addFile, "addFile", () -> add(ItemDraft.Kind.FILE));
        button(buttons, ItemMessages.addRegex, "addRegex", () -> add(ItemDraft.Kind.REGEX));
        remove = button(buttons, ItemMessages.remove, "remove", this::removeSelected);
        up = button(buttons, ItemMessages.up, "up", () -> move(-1));
        down = button(buttons, ItemMessages.down, "down", () -> move(1));

        Composite editor = new Composite(body, SWT.NONE);
        editor.setLayout(new GridLayout(3, false));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(editor);
        new Label(editor, SWT.NONE).setText(ItemMessages.kind);
        Composite kinds = new Composite(editor, SWT.NONE);
        kinds.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(kinds);
        fileKind = new Button(kinds, SWT.RADIO);
        fileKind.setText(ItemMessages.kindFile);
        fileKind.setData(DriverConnectionPage.FIELD, "kindFile");
        regexKind = new Button(kinds, SWT.RADIO);
        regexKind.setText(ItemMessages.kindRegex);
        regexKind.setData(DriverConnectionPage.FIELD, "kindRegex");
        path = text(editor, ItemMessages.path, "path", 2);
        fileSystem = combo(editor, InspectMessages.fileSystem, "fileSystem", InspectMessages.fileSystemTip);
        fileSystem.addListener(SWT.Selection, e -> pickFileSystem());
        suggestion = combo(editor, InspectMessages.suggestion, "suggestion", InspectMessages.suggestionTip);
        suggestion.addListener(SWT.Selection, e -> pickSuggestion());
        source = text(editor, ItemMessages.source, "source", 1);
        browse = new Button(editor, SWT.PUSH);
        browse.setText(ItemMessages.browse);
        browse.addListener(SWT.Selection, e -> {
            String chosen = new FileDialog(getShell(), SWT.OPEN).open();
            if (chosen != null) {
                source.setText(chosen);
            }
        });
        new Label(editor, SWT.NONE);
        template = new Button(editor, SWT.CHECK);
        template.setText(ItemMessages.template);
        template.setData(DriverConnectionPage.FIELD, "template");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(template);
        pattern = text(editor, ItemMessages.pattern, "pattern", 2);
        replacement = text(editor, ItemMessages.replacement, "replacement", 2);
        flags = text(editor, ItemMessages.flags, "flags", 2);
        flags.setToolTipText(ItemMessages.flagsTip);

        for (Text field : new Text[] { path, source, pattern, replacement, flags }) {
            field.addModifyListener(e -> edited());
        }
        for (Button option : new Button[] { fileKind, regexKind, template }) {
            option.addListener(SWT.Selection, e -> edited());
        }
        setControl(body);
        inspected(inspection);
    }

    private static Combo combo(Composite parent, String label, String id, String tip) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setData(DriverConnectionPage.FIELD, id);
        combo.setToolTipText(tip);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(combo);
        return combo;
    }

    /** What the image holds ({@code null}: not inspected, or inspection failed): offered when writing paths. */
    void inspected(ImageInspection result) {
        inspection = result;
        if (fileSystem == null || fileSystem.isDisposed()) {
            return;
        }
        fileSystem.removeAll();
        suggestion.removeAll();
        if (result != null) {
            for (ImageInspection.FileSystem fs : result.fileSystems()) {
                fileSystem.add(fs.root() ? NLS.bind(InspectMessages.fileSystemRoot, fs.type(), fs.device())
                        : NLS.bind(InspectMessages.fileSystemOther, new Object[] { fs.type(), fs.device(), fs.label() }).strip());
            }
            result.identityFiles().forEach(suggestion::add);
        }
        showSelected();
    }

    /** The chosen file system's prefix replaces the path's: none for the root. */
    private void pickFileSystem() {
        int index = fileSystem.getSelectionIndex();
        if (inspection != null && index >= 0) {
            path.setText(inspection.fileSystems().get(index).itemPrefix() + inFileSystem(path.getText().trim()));
        }
    }

    /** A suggested file, in the file system the path is in already. */
    private void pickSuggestion() {
        int index = suggestion.getSelectionIndex();
        if (inspection != null && index >= 0) {
            path.setText(prefix(path.getText().trim()) + inspection.identityFiles().get(index));
        }
    }

    private static String prefix(String itemPath) {
        Matcher matcher = DEVICE_PREFIX.matcher(itemPath);
        return matcher.matches() ? matcher.group(1) : "";
    }

    private static String inFileSystem(String itemPath) {
        Matcher matcher = DEVICE_PREFIX.matcher(itemPath);
        return matcher.matches() ? matcher.group(2) : itemPath;
    }

    /** Shows which file system the path is in (the root when it names no device). */
    private void showFileSystem(String itemPath) {
        fileSystem.deselectAll();
        suggestion.deselectAll();
        if (inspection != null) {
            String prefix = prefix(itemPath);
            List<ImageInspection.FileSystem> all = inspection.fileSystems();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).itemPrefix().equals(prefix)) {
                    fileSystem.select(i);
                }
            }
        }
    }

    private Button button(Composite parent, String label, String id, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.setData(DriverConnectionPage.FIELD, id);
        GridDataFactory.fillDefaults().applyTo(button);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private static Text text(Composite parent, String label, String id, int span) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setData(DriverConnectionPage.FIELD, id);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).applyTo(text);
        return text;
    }

    private void add(ItemDraft.Kind kind) {
        items.add(new ItemDraft(kind));
        refreshTable();
        table.setSelection(items.size() - 1);
        showSelected();
        path.setFocus();
    }

    private void removeSelected() {
        int index = table.getSelectionIndex();
        if (index >= 0) {
            items.remove(index);
            refreshTable();
            table.setSelection(Math.min(index, items.size() - 1));
            showSelected();
        }
    }

    private void move(int by) {
        int index = table.getSelectionIndex();
        int to = index + by;
        if (index >= 0 && to >= 0 && to < items.size()) {
            items.add(to, items.remove(index));
            refreshTable();
            table.setSelection(to);
            showSelected();
        }
    }

    /** Shows the selected row in the editor (or empties and disables it). */
    private void showSelected() {
        int index = table.getSelectionIndex();
        ItemDraft item = index < 0 ? null : items.get(index);
        loading = true;
        try {
            fileKind.setSelection(item != null && item.kind == ItemDraft.Kind.FILE);
            regexKind.setSelection(item != null && item.kind == ItemDraft.Kind.REGEX);
            path.setText(item == null ? "" : item.path);
            source.setText(item == null ? "" : item.source);
            template.setSelection(item != null && item.template);
            pattern.setText(item == null ? "" : item.pattern);
            replacement.setText(item == null ? "" : item.replacement);
            flags.setText(item == null ? "" : item.flags);
            showFileSystem(item == null ? "" : item.path);
        } finally {
            loading = false;
        }
        enableEditor(item);
        validate();
    }

    private void enableEditor(ItemDraft item) {
        boolean file = item != null && item.kind == ItemDraft.Kind.FILE;
        boolean regex = item != null && item.kind == ItemDraft.Kind.REGEX;
        for (Control control : new Control[] { fileKind, regexKind, path }) {
            control.setEnabled(item != null);
        }
        fileSystem.setEnabled(item != null && fileSystem.getItemCount() > 0);
        suggestion.setEnabled(item != null && suggestion.getItemCount() > 0);
        for (Control control : new Control[] { source, browse, template }) {
            control.setEnabled(file);
        }
        for (Control control : new Control[] { pattern, replacement, flags }) {
            control.setEnabled(regex);
        }
        int index = table.getSelectionIndex();
        remove.setEnabled(item != null);
        up.setEnabled(index > 0);
        down.setEnabled(index >= 0 && index < items.size() - 1);
    }

    /** The operator changed a field: the selected row takes it, and everything is checked again. */
    private void edited() {
        int index = table.getSelectionIndex();
        if (loading || index < 0) {
            return;
        }
        ItemDraft item = items.get(index);
        item.kind = regexKind.getSelection() ? ItemDraft.Kind.REGEX : ItemDraft.Kind.FILE;
        item.path = path.getText().trim();
        showFileSystem(item.path);
        item.source = source.getText().trim();
        item.template = template.getSelection();
        item.pattern = pattern.getText();
        item.replacement = replacement.getText();
        item.flags = flags.getText().trim();
        show(table.getItem(index), index, item);
        enableEditor(item);
        validate();
    }

    private void refreshTable() {
        table.removeAll();
        for (int i = 0; i < items.size(); i++) {
            show(new TableItem(table, SWT.NONE), i, items.get(i));
        }
    }

    private static void show(TableItem row, int index, ItemDraft item) {
        row.setText(new String[] { Integer.toString(index + 1),
                item.kind == ItemDraft.Kind.FILE ? ItemMessages.kindFileShort : ItemMessages.kindRegexShort, item.path,
                item.kind == ItemDraft.Kind.FILE ? item.source : item.pattern + " \u2192 " + item.replacement });
    }

    /** The first problem of any item, with its number, on the page; Finish waits for none. */
    private void validate() {
        String problem = null;
        for (int i = 0; i < items.size() && problem == null; i++) {
            String itemProblem = items.get(i).problem();
            if (itemProblem != null) {
                problem = NLS.bind(ItemMessages.itemProblem, i + 1, itemProblem);
            }
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** The items, in order, as the operator left them. */
    public List<ItemDraft> items() {
        return List.copyOf(items);
    }
}
