package org.encompass.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.encompass.core.ClonePlan;
import org.encompass.core.DeployResult;
import org.encompass.core.DiscoveryReport;
import org.encompass.core.exchange.ArchiveSummary;
import org.encompass.core.json.JsonReader;
import org.encompass.core.json.JsonWriter;

/**
 * What a deploy, a discovery or an archive import run by the server returns, carried in its {@link ServerRequests.Reply} as JSON, so
 * that the client prints exactly what the engine's own result gives in embedded mode.
 */
public final class RequestResults {

    private RequestResults() {
    }

    public static String deploy(DeployResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        List<Object> outcomes = new ArrayList<>();
        for (DeployResult.MachineOutcome outcome : result.outcomes()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("machine", outcome.machine());
            o.put("clone", outcome.cloneName());
            o.put("error", outcome.error());
            outcomes.add(o);
        }
        json.put("outcomes", outcomes);
        ClonePlan plan = result.plan();
        if (plan != null) {
            json.put("strategy", plan.strategy().name());
            json.put("count", plan.count());
            json.put("directSeconds", plan.directSeconds());
            json.put("cascadeSeconds", plan.cascadeSeconds());
            json.put("explanation", plan.explanation());
        }
        return JsonWriter.write(json);
    }

    public static DeployResult deployResult(String text) {
        Map<?, ?> json = (Map<?, ?>) JsonReader.parse(text);
        List<DeployResult.MachineOutcome> outcomes = new ArrayList<>();
        for (Object o : (List<?>) json.get("outcomes")) {
            Map<?, ?> outcome = (Map<?, ?>) o;
            outcomes.add(new DeployResult.MachineOutcome((String) outcome.get("machine"), (String) outcome.get("clone"),
                    (String) outcome.get("error")));
        }
        ClonePlan plan = null;
        if (json.get("strategy") != null) {
            plan = new ClonePlan(ClonePlan.Strategy.valueOf((String) json.get("strategy")),
                    ((Number) json.get("count")).intValue(), seconds(json.get("directSeconds")),
                    seconds(json.get("cascadeSeconds")), strings(json.get("explanation")));
        }
        return new DeployResult(outcomes, plan);
    }

    public static String discovery(DiscoveryReport report) {
        List<Object> hosts = new ArrayList<>();
        for (DiscoveryReport.HostResult h : report.hosts()) {
            hosts.add(List.of(h.host(), h.endpoint() == null ? "" : h.endpoint(), h.reachable(), h.reported(), h.added(), h.updated(),
                    h.vanished(), h.conflicts(), h.error() == null ? "" : h.error()));
        }
        List<Object> storage = new ArrayList<>();
        for (DiscoveryReport.StorageResult s : report.storage()) {
            storage.add(List.of(s.device(), s.reachable(), s.error() == null ? "" : s.error()));
        }
        return JsonWriter.write(Map.of("hosts", hosts, "storage", storage, "openConflicts", report.openConflicts()));
    }

    public static DiscoveryReport discoveryReport(String text) {
        Map<?, ?> json = (Map<?, ?>) JsonReader.parse(text);
        List<DiscoveryReport.HostResult> hosts = new ArrayList<>();
        for (Object o : (List<?>) json.get("hosts")) {
            List<?> h = (List<?>) o;
            hosts.add(new DiscoveryReport.HostResult((String) h.get(0), emptyIsNull(h.get(1)), (Boolean) h.get(2), number(h.get(3)),
                    number(h.get(4)), number(h.get(5)), number(h.get(6)), number(h.get(7)), emptyIsNull(h.get(8))));
        }
        List<DiscoveryReport.StorageResult> storage = new ArrayList<>();
        for (Object o : (List<?>) json.get("storage")) {
            List<?> s = (List<?>) o;
            storage.add(new DiscoveryReport.StorageResult((String) s.get(0), (Boolean) s.get(1), emptyIsNull(s.get(2))));
        }
        return new DiscoveryReport(hosts, storage, ((Number) json.get("openConflicts")).longValue());
    }

    public static String archive(ArchiveSummary summary) {
        return JsonWriter.write(Map.of("archive", summary.archive().toString(), "masters", summary.masters(),
                "skipped", summary.skipped(), "imageBytes", summary.imageBytes()));
    }

    public static ArchiveSummary archiveSummary(String text) {
        Map<?, ?> json = (Map<?, ?>) JsonReader.parse(text);
        return new ArchiveSummary(Path.of((String) json.get("archive")), strings(json.get("masters")), strings(json.get("skipped")),
                ((Number) json.get("imageBytes")).longValue());
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    /** Seconds as written: an infinite estimate has no JSON form and was written as null. */
    private static double seconds(Object value) {
        return value == null ? Double.POSITIVE_INFINITY : ((Number) value).doubleValue();
    }

    private static String emptyIsNull(Object value) {
        return value == null || "".equals(value) ? null : (String) value;
    }

    private static List<String> strings(Object list) {
        List<String> strings = new ArrayList<>();
        if (list != null) {
            ((List<?>) list).forEach(s -> strings.add(String.valueOf(s)));
        }
        return strings;
    }
}
