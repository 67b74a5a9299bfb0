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
import org.encompass.core.customization.ImageFilesFactory;
import org.encompass.core.customization.ItemListener;
import org.encompass.core.customization.RegexReplacement;
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
 * and undo records in the repository after every single item, so a crash leaves the pointer true to
 * the image.
 */
public final class CloneCustomizer {
    private final ModelAccess model;
    private final CustomizationEngine engine = new CustomizationEngine();

    public CloneCustomizer(ModelAccess model) {
        this.model = model;
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
            return new FileReplacement(file.getDescription(), file.getPath(), file.getContent(), file.isTemplate());
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
        try (RawImage raw = open(work); ImageFiles files = ImageFilesFactory.open(raw.file())) {
            engine.apply(files, work.items(), work.pointer(), target, work.variables(), new ItemListener() {
                @Override
                public void applied(UndoRecord record) {
                    persistApplied(work.cloneName(), record);
                }

                @Override
                public boolean cancelled() {
                    return monitor != null && monitor.isCanceled();
                }
            });
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

    /** Undoes items back to {@code target}, restoring the exact bytes from before. */
    public void rollback(Work work, int target, boolean force, IProgressMonitor monitor) throws DriverException {
        if (target == work.pointer()) {
            return;
        }
        try (RawImage raw = open(work); ImageFiles files = ImageFilesFactory.open(raw.file())) {
            engine.rollback(files, work.applied(), work.pointer(), target, force, record -> persistRolledBack(work.cloneName(), record));
        } catch (CustomizationException e) {
            throw new DriverException("rollback of " + work.cloneName() + " stopped: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DriverException("rollback of " + work.cloneName() + " failed: " + e.getMessage(), e);
        }
    }

    private static RawImage open(Work work) throws DriverException {
        RawImage raw = Drivers.storage().driver(work.device().kind()).openRaw(work.device(), work.image());
        if (raw == null) {
            throw new DriverException("the image of " + work.cloneName() + " (" + work.image().format()
                    + ", " + work.image().location() + ") cannot be opened as a local raw file by its storage "
                    + "driver; clone with SPARSE, FULL or REFLINK to customize it");
        }
        return raw;
    }

    private void persistApplied(String cloneName, UndoRecord record) {
        model.write(site -> {
            Clone clone = SiteLookup.clone(site, cloneName);
            AppliedItem item = ModelFactory.eINSTANCE.createAppliedItem();
            item.setIndex(record.index());
            item.setPath(record.path());
            item.setExistedBefore(record.existedBefore());
            item.setOriginalContent(record.originalContent());
            item.setAppliedSha256(record.appliedSha256());
            clone.getAppliedItems().add(item);
            clone.setCustomizationPointer(record.index() + 1);
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
