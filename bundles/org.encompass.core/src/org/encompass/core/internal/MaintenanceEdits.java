package org.encompass.core.internal;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.encompass.core.EncompassException;
import org.encompass.core.customization.CustomizationEngine;
import org.encompass.core.customization.CustomizationException;
import org.encompass.core.customization.CustomizationItem;
import org.encompass.core.customization.ImageFiles;
import org.encompass.core.customization.ImageFilesFactory;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.RawImage;

/**
 * Writes a service update's customization items into its maintenance clone's image (offline changes the operator
 * makes to what becomes the new master). They are not the master's items: no clone's pointer moves, and nothing is
 * kept to undo them, as the maintenance image is being changed for good (capture is where it is committed).
 */
final class MaintenanceEdits {
    private final ModelAccess model;
    private final CustomizationEngine engine = new CustomizationEngine();

    MaintenanceEdits(ModelAccess model) {
        this.model = model;
    }

    void apply(String cloneName, List<CustomizationItem> items, IProgressMonitor monitor) {
        CloneCustomizer.Work work = model.read(site -> {
            var clone = SiteLookup.clone(site, cloneName);
            return CloneCustomizer.snapshot(clone, clone.getMachine() == null ? null : SiteLookup.qualifiedName(clone.getMachine()));
        });
        try (RawImage raw = CloneCustomizer.open(work); ImageFiles files = ImageFilesFactory.open(raw.file())) {
            engine.apply(files, items, 0, items.size(), work.variables());
        } catch (CustomizationException e) {
            throw new EncompassException("applying items to maintenance clone " + cloneName + " stopped: " + e.getMessage(), e);
        } catch (DriverException | IOException e) {
            throw new EncompassException("applying items to maintenance clone " + cloneName + " failed: " + e.getMessage(), e);
        }
    }
}
