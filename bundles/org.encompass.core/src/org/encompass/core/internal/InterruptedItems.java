package org.encompass.core.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.encompass.core.customization.CustomizationEngine;
import org.encompass.core.customization.ImageFiles;
import org.encompass.core.customization.ItemInImage;
import org.encompass.core.customization.UndoRecord;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.spi.DriverException;
import org.encompass.model.Clone;
import org.encompass.model.JournalEntry;
import org.encompass.model.Outcome;
import org.encompass.model.TerminalState;

/**
 * Customization items a crash may have left half-way. {@link CloneCustomizer} records an item's intent (its
 * undo record, with the old bytes and the new bytes' digest) before it touches the image, and moves the
 * pointer after: an apply adds the record while the pointer stays below it, a rollback moves the pointer
 * below the record before it restores the old bytes. So an undo record at or past the pointer is an item
 * <em>in doubt</em>: the image may hold either side. It is settled by the file's own bytes ({@link
 * CustomizationEngine#inspect}): the bytes the item writes mean it is applied (the pointer moves past it),
 * the bytes from before mean it is not (the record is dropped), anything else leaves the record in place,
 * and the clone needs attention: its customization is refused, naming the item, until a forced rollback
 * puts the old bytes back. Nothing is ever "fixed" by guessing.
 */
public final class InterruptedItems {
    private final ModelAccess model;
    private final String user;
    private final CustomizationEngine engine = new CustomizationEngine();

    public InterruptedItems(ModelAccess model, String user) {
        this.model = model;
        this.user = user;
    }

    /** The undo record in doubt in a clone's work (at or past its pointer), or {@code null}. */
    static UndoRecord inDoubt(CloneCustomizer.Work work) {
        for (UndoRecord record : work.applied()) {
            if (record.index() >= work.pointer()) {
                return record;
            }
        }
        return null;
    }

    /** What settling an item in doubt found and did, for the journal. */
    private record Settlement(Outcome outcome, String message) {
    }

    /**
     * After a restart: settles every live clone's item in doubt by the bytes in its image, each journaled
     * ({@code verify}): SUCCEEDED when the pointer and the undo records now agree with the image, FAILED when
     * the clone needs attention. Returns the names of the clones that need attention.
     */
    public List<String> verifyAtStart() {
        List<CloneCustomizer.Work> candidates = model.read(site -> site.getClones().stream()
                // records for [0, pointer) only, unless one is in doubt: the size alone loads no record (every start runs this)
                .filter(c -> c.getAppliedItems().size() > c.getCustomizationPointer())
                .filter(c -> c.getTerminalState() == TerminalState.NONE && c.getMaster() != null)
                .filter(c -> c.getAppliedItems().stream().anyMatch(i -> i.getIndex() >= c.getCustomizationPointer()))
                .map(c -> CloneCustomizer.snapshot(c, c.getMachine() == null ? null : c.getMachine().getName()))
                .toList());
        List<String> attention = new ArrayList<>();
        for (CloneCustomizer.Work work : candidates) {
            UndoRecord intent = inDoubt(work);
            Settlement settlement;
            try (CloneImage image = CloneImage.open(work)) {
                settlement = settle(work.cloneName(), intent, image.files());
            } catch (IOException | DriverException e) {
                settlement = new Settlement(Outcome.FAILED, describe(intent) + " cannot be read (" + e.getMessage()
                        + "): clone " + work.cloneName() + " needs attention; nothing was changed, it is checked again at"
                        + " the next start");
            }
            if (settlement.outcome() == Outcome.FAILED) {
                attention.add(work.cloneName());
            }
            journal(work.cloneName(), intent, work.pointer(), settlement);
        }
        return attention;
    }

    /**
     * After a customization of {@code clone} failed in this process: settles an item it left in doubt (its
     * intent recorded, then the write or the pointer's commit failed) with the image still open. Not
     * journaled: the operation's own entry says what failed. Best effort: when the repository cannot be
     * written now, the next start settles it.
     */
    void settleAfterFailure(String clone, ImageFiles files) {
        try {
            UndoRecord intent = model.read(site -> inDoubt(CloneCustomizer.snapshot(SiteLookup.clone(site, clone), null)));
            if (intent != null) {
                settle(clone, intent, files);
            }
        } catch (RuntimeException | IOException e) {
            org.eclipse.core.runtime.ILog.of(InterruptedItems.class).warn("customization item in doubt on clone " + clone
                    + " is left for the next start: " + e.getMessage());
        }
    }

    /** Compares the file with both sides of {@code intent} and makes the repository agree with it. */
    private Settlement settle(String cloneName, UndoRecord intent, ImageFiles files) throws IOException {
        ItemInImage found = engine.inspect(files, intent);
        int index = intent.index();
        if (found == ItemInImage.NEITHER || model.read(site -> SiteLookup.clone(site, cloneName).getCustomizationPointer()) != index) {
            return new Settlement(Outcome.FAILED, describe(intent) + " holds neither its bytes from before the item"
                    + " nor the ones the item writes" + (found == ItemInImage.NEITHER ? "" : " at the clone's pointer")
                    + ": clone " + cloneName + " needs attention; nothing was changed. 'encompass customize rollback "
                    + cloneName + " --to " + index + " --force' puts back its bytes from before item " + (index + 1));
        }
        model.write(site -> {
            Clone clone = SiteLookup.clone(site, cloneName);
            if (found == ItemInImage.APPLIED) {
                clone.setCustomizationPointer(index + 1);
            } else {
                clone.getAppliedItems().removeIf(item -> item.getIndex() == index);
            }
            return null;
        });
        return new Settlement(Outcome.SUCCEEDED, found == ItemInImage.APPLIED
                ? describe(intent) + " holds the bytes the item writes: the item is applied, pointer " + (index + 1)
                : describe(intent) + (intent.existedBefore() ? " holds its bytes from before the item"
                        : " does not exist, as before the item") + ": the item is not applied, pointer " + index);
    }

    private static String describe(UndoRecord intent) {
        return "item " + (intent.index() + 1) + " was being written or undone when Encompass stopped; " + intent.path();
    }

    private void journal(String cloneName, UndoRecord intent, int pointerBefore, Settlement settlement) {
        model.write(site -> {
            Clone clone = SiteLookup.clone(site, cloneName);
            JournalEntry entry = Journal.begin(site, Operation.VERIFY, cloneName,
                    Map.of("item", Integer.toString(intent.index() + 1), "path", intent.path()), user,
                    "pointer " + pointerBefore);
            Journal.end(entry, settlement.outcome(), settlement.message(), "pointer " + clone.getCustomizationPointer());
            return null;
        });
    }
}
