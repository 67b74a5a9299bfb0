package org.encompass.core.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.encompass.core.customization.CustomizationEngine;
import org.encompass.core.customization.CustomizationException;
import org.encompass.core.customization.CustomizationItem;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.customization.ImageFiles;
import org.encompass.core.customization.ItemListener;
import org.encompass.core.customization.RegexReplacement;
import org.encompass.core.customization.RollbackListener;
import org.encompass.core.customization.UndoRecord;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.RawImage;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.model.AppliedItem;
import org.encompass.model.Clone;
import org.encompass.model.ModelFactory;
import org.encompass.model.Variable;

/**
 * Applies and rolls back a clone's customization items on its image and keeps the clone's pointer
 * and undo records in the repository around every single item, so a crash leaves at most one item in
 * doubt, which the next start settles by the image's bytes ({@link InterruptedItems}). Per item, in this
 * order, each step durable before the next: apply commits the item's undo record (its intent: old bytes,
 * new bytes' digest), writes the image, then commits the pointer past the item; rollback commits the
 * pointer below the item, restores the old bytes, then drops the undo record.
 */
public final class CloneCustomizer {
    private final ModelAccess model;
    private final CustomizationEngine engine = new CustomizationEngine();
    private final InterruptedItems interrupted;

    public CloneCustomizer(ModelAccess model, InterruptedItems interrupted) {
        this.model = model;
        this.interrupted = interrupted;
    }

    /** A clone's customization facts copied out of the model. */
    public record Work(String cloneName, StorageDeviceSpec device, ImageRef image, List<CustomizationItem> items,
            Map<String, String> variables, int pointer, List<UndoRecord> applied) {
    }

    /** Copies what customization needs; {@code machineName} fills the built-in ${machine} variable. */
    public static Work snapshot(Clone clone, String machineName) {
        List<CustomizationItem> items = new ArrayList<>();
        for (org.encompass.model.CustomizationItem item : clone.getMaster().getCustomizationItems()) {
            items.add(toSpec(item));
        }
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("clone", clone.getName());
        variables.put("master", clone.getMaster().getName());
        if (machineName != null) {
            variables.put("machine", machineName);
        }
        for (Variable variable : clone.getVariables()) {
            variables.put(variable.getName(), variable.getValue() == null ? "" : variable.getValue());
        }
        List<UndoRecord> applied = new ArrayList<>();
        for (AppliedItem item : clone.getAppliedItems()) {
            applied.add(new UndoRecord(item.getIndex(), item.getPath(), item.isExistedBefore(),
                    item.getOriginalContent(), item.getAppliedSha256()));
        }
        return new Work(clone.getName(), CloneSnapshot.device(clone.getStorage()), CloneSnapshot.image(clone), items,
                variables, clone.getCustomizationPointer(), applied);
    }

    public static CustomizationItem toSpec(org.encompass.model.CustomizationItem item) {
        if (item instanceof org.encompass.model.FileReplacement file) {
            return new FileReplacement(file.getDescription(), file.getPath(), ItemContents.content(file), file.isTemplate());
        }
        org.encompass.model.RegexReplacement regex = (org.encompass.model.RegexReplacement) item;
        return new RegexReplacement(regex.getDescription(), regex.getPath(), regex.getPattern(), regex.getReplacement(),
                regex.getFlags());
    }

    /** Applies items pointer..target-1; does nothing when there is nothing to apply. */
    public void apply(Work work, int target, IProgressMonitor monitor) throws DriverException {
        if (target == work.pointer()) {
            return;
        }
        UndoRecord doubt = InterruptedItems.inDoubt(work);
        if (doubt != null) {
            throw needsAttention(work, doubt);
        }
        try (CloneImage image = CloneImage.open(work)) {
            ImageFiles files = image.files();
            applying(work, files, () -> engine.apply(files, work.items(), work.pointer(), target, work.variables(), new ItemListener() {
                @Override
                public void writing(UndoRecord intent) {
                    persistIntent(work.cloneName(), intent);
                    CrashPoints.reach("customize.intent");
                }

                @Override
                public void applied(UndoRecord record) {
                    CrashPoints.reach("customize.written");
                    persistPointer(work.cloneName(), record.index() + 1);
                }

                @Override
                public boolean cancelled() {
                    return monitor != null && monitor.isCanceled();
                }
            }));
            CrashPoints.reach("customize.applied"); // with the image still open (a FUSE export for a qcow2 clone)
        } catch (CustomizationException e) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException(e.getMessage());
            }
            throw new DriverException("customization of " + work.cloneName() + " stopped: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DriverException("customization of " + work.cloneName() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Undoes items back to {@code target}, restoring the exact bytes from before. Forced, it also undoes an
     * item in doubt whose file holds neither side (a clone that needs attention), whatever the file holds.
     */
    public void rollback(Work work, int target, boolean force, IProgressMonitor monitor) throws DriverException {
        UndoRecord doubt = InterruptedItems.inDoubt(work);
        if (doubt != null && !force) {
            throw needsAttention(work, doubt);
        }
        int pointer = doubt == null ? work.pointer() : doubt.index() + 1;
        if (target == pointer) {
            return;
        }
        try (CloneImage image = CloneImage.open(work)) {
            ImageFiles files = image.files();
            applying(work, files, () -> engine.rollback(files, work.applied(), pointer, target, force, new RollbackListener() {
                @Override
                public void restoring(UndoRecord record) {
                    persistPointer(work.cloneName(), record.index());
                    CrashPoints.reach("rollback.intent");
                }

                @Override
                public void rolledBack(UndoRecord record) {
                    CrashPoints.reach("rollback.restored");
                    persistRolledBack(work.cloneName(), record);
                }
            }));
            CrashPoints.reach("rollback.done");
        } catch (CustomizationException e) {
            throw new DriverException("rollback of " + work.cloneName() + " stopped: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DriverException("rollback of " + work.cloneName() + " failed: " + e.getMessage(), e);
        }
    }

    private interface Step {
        void run() throws CustomizationException;
    }

    /** Runs the engine; when it fails, an item it may have left in doubt is settled with the image still open. */
    private void applying(Work work, ImageFiles files, Step step) throws CustomizationException {
        try {
            step.run();
        } catch (CustomizationException | RuntimeException e) {
            interrupted.settleAfterFailure(work.cloneName(), files);
            throw e;
        }
    }

    private static DriverException needsAttention(Work work, UndoRecord doubt) {
        return new DriverException("clone " + work.cloneName() + " needs attention: item " + (doubt.index() + 1) + " on "
                + doubt.path() + " was being written or undone when Encompass stopped, and its file's bytes could not"
                + " settle it (see the journal's verify entries); 'encompass"
                + " customize rollback " + work.cloneName() + " --to " + doubt.index() + " --force' puts back its bytes"
                + " from before item " + (doubt.index() + 1));
    }

    static RawImage open(Work work) throws DriverException {
        RawImage raw = Drivers.storage().driver(work.device().kind()).openRaw(work.device(), work.image());
        if (raw == null) {
            throw new DriverException("the image of " + work.cloneName() + " (" + work.image().format()
                    + ", " + work.image().location() + ") cannot be opened as a local raw file by its storage "
                    + "driver; clone with SPARSE, FULL or REFLINK to customize it");
        }
        return raw;
    }

    /** The item's intent, before the image is touched: its undo record, the pointer still below it. */
    private void persistIntent(String cloneName, UndoRecord record) {
        model.write(site -> {
            Clone clone = SiteLookup.clone(site, cloneName);
            AppliedItem item = ModelFactory.eINSTANCE.createAppliedItem();
            item.setIndex(record.index());
            item.setPath(record.path());
            item.setExistedBefore(record.existedBefore());
            item.setOriginalContent(record.originalContent());
            item.setAppliedSha256(record.appliedSha256());
            clone.getAppliedItems().add(item);
            return null;
        });
    }

    private void persistPointer(String cloneName, int pointer) {
        model.write(site -> {
            SiteLookup.clone(site, cloneName).setCustomizationPointer(pointer);
            return null;
        });
    }

    private void persistRolledBack(String cloneName, UndoRecord record) {
        model.write(site -> {
            Clone clone = SiteLookup.clone(site, cloneName);
            clone.getAppliedItems().removeIf(item -> item.getIndex() == record.index());
            clone.setCustomizationPointer(record.index());
            return null;
        });
    }
}
