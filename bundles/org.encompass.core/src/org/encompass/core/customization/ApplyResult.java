package org.encompass.core.customization;

import java.util.List;

/**
 * Outcome of a successful {@link CustomizationEngine#apply apply}.
 *
 * @param pointer  the clone's new pointer (number of items applied)
 * @param records  undo records of the items applied by this call, in order (already reported one by one)
 * @param warnings things the operator should know that are not errors, such as a pattern that matched nothing
 */
public record ApplyResult(int pointer, List<UndoRecord> records, List<String> warnings) {
    public ApplyResult {
        records = List.copyOf(records);
        warnings = List.copyOf(warnings);
    }
}
