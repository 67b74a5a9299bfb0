package org.encompass.core.query;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.encompass.core.lifecycle.CloneState;
import org.encompass.model.Clone;
import org.encompass.model.JournalEntry;
import org.encompass.model.Machine;
import org.encompass.model.Master;
import org.encompass.model.Metastate;
import org.encompass.model.Outcome;
import org.encompass.model.Placement;
import org.encompass.model.Site;
import org.encompass.model.TerminalState;

/**
 * The counts {@code encompass status} shows, in one pass over the site: masters, clones by state, machines,
 * hosts, chassis, storage and the journal's outcomes. The repository server answers it for remote clients, which
 * would otherwise read every object of the site over the connection to count them.
 */
public final class SiteSummary {
    private SiteSummary() {
    }

    /** The summary as JSON-ready maps (in the order {@code status --json} prints them). */
    public static Map<String, Object> of(Site site) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("site", site.getName());
        Map<String, Object> masters = new LinkedHashMap<>();
        masters.put("total", site.getMasters().size());
        masters.put("retired", site.getMasters().stream().map(Master::getLocation).filter(l -> l == null).count());
        view.put("masters", masters);
        view.put("clones", clones(site.getClones()));
        List<Machine> machines = SiteLookup.machines(site).toList();
        Map<String, Object> machineCounts = new LinkedHashMap<>();
        long used = machines.stream().filter(m -> m.getClone() != null).count();
        machineCounts.put("total", machines.size());
        machineCounts.put("free", machines.size() - used);
        machineCounts.put("used", used);
        machineCounts.put("unreachable", machines.stream().filter(m -> !m.isReachable()).count());
        view.put("machines", machineCounts);
        view.put("hosts", site.getHosts().size());
        view.put("chassis", site.getChassis().size());
        view.put("storageDevices", site.getStorageDevices().size());
        Map<String, Long> outcomes = new HashMap<>();
        List<JournalEntry> entries = JournalEntries.all(site);
        entries.forEach(e -> outcomes.merge(String.valueOf(e.getOutcome()), 1L, Long::sum));
        Map<String, Object> journal = new LinkedHashMap<>();
        journal.put("entries", entries.size());
        journal.put("interrupted", outcomes.getOrDefault(String.valueOf(Outcome.INTERRUPTED), 0L));
        journal.put("failed", outcomes.getOrDefault(String.valueOf(Outcome.FAILED), 0L));
        journal.put("running", outcomes.getOrDefault(String.valueOf(Outcome.RUNNING), 0L));
        view.put("journal", journal);
        return view;
    }

    private static Map<String, Object> clones(List<Clone> all) {
        Map<CloneState, Long> byStateCount = new HashMap<>();
        long live = 0;
        long destroyed = 0;
        long captured = 0;
        for (Clone clone : all) {
            TerminalState terminal = clone.getTerminalState();
            if (terminal == TerminalState.NONE) {
                live++;
            } else if (terminal == TerminalState.DESTROYED) {
                destroyed++;
            } else if (terminal == TerminalState.CAPTURED) {
                captured++;
            }
            byStateCount.merge(States.of(clone), 1L, Long::sum);
        }
        Map<String, Object> byState = new LinkedHashMap<>();
        for (Metastate m : Metastate.VALUES) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Placement p : Placement.VALUES) {
                row.put(p.getName(), byStateCount.getOrDefault(new CloneState(m, p, TerminalState.NONE), 0L));
            }
            byState.put(m.getName(), row);
        }
        Map<String, Object> clones = new LinkedHashMap<>();
        clones.put("total", all.size());
        clones.put("live", live);
        clones.put("byState", byState);
        clones.put("destroyed", destroyed);
        clones.put("captured", captured);
        return clones;
    }
}
