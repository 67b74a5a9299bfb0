package org.encompass.core.exchange;

import java.util.List;
import java.util.Map;

/**
 * How {@code archive import --replicate} maps an archive's exported clones onto this site's machines, and, once run,
 * what each deploy did (paper, section 3: "the deployment can be easily replicated at a different location").
 *
 * @param archive the archive's file name
 * @param rows    one per exported clone, by name
 */
public record Replication(String archive, List<Row> rows) {
    public Replication {
        rows = List.copyOf(rows);
    }

    /**
     * @param exported  the clone's name at the exporting site
     * @param master    its master
     * @param machine   the machine of this site it goes to ({@code host/vm}), or null when it cannot be placed
     * @param activate  whether it is activated (it was ACTIVE at the exporting site) or left ATTACHED
     * @param method    the clone method it was made with there (used when this site's device offers it), or null
     * @param variables its customization variables (the exported ones, with the operator's --var over them)
     * @param reason    why it cannot be placed, or how it was placed ("mapped" by the operator, "by requirements")
     * @param newClone  the clone deployed for it, once run
     * @param error     why its deploy failed, once run (null: it succeeded or did not run)
     */
    public record Row(String exported, String master, String machine, boolean activate, String method, Map<String, String> variables,
            String reason, String newClone, String error) {
        public Row {
            variables = variables == null ? Map.of() : Map.copyOf(variables);
        }

        public boolean placed() {
            return machine != null;
        }

        public Row ran(String made, String failure) {
            return new Row(exported, master, machine, activate, method, variables, reason, made, failure);
        }
    }

    public List<Row> placed() {
        return rows.stream().filter(Row::placed).toList();
    }

    public List<Row> unplaced() {
        return rows.stream().filter(r -> !r.placed()).toList();
    }

    /** Whether every placed clone was deployed (true for a plan that placed none). */
    public boolean succeeded() {
        return placed().stream().allMatch(r -> r.error() == null);
    }
}
