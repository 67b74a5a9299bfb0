package org.encompass.core;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.cdo.session.CDOSession;
import org.encompass.core.credentials.CredentialSource;
import org.encompass.core.customization.CustomizationItem;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.spi.CloneMethod;
import org.encompass.model.Site;

/**
 * What {@link Engine} delegates to; each method does what Engine's method of the same name documents. It is
 * implemented in {@code org.encompass.core.internal} and found through {@link Factory} as a
 * {@link java.util.ServiceLoader} service, so that the public package does not depend on the internal one.
 *
 * @noimplement Not for clients: use {@link Engine}.
 */
public interface EngineImplementation extends AutoCloseable {
    /** Makes the implementation of an engine ({@code owner}) on a repository session. */
    interface Factory {
        EngineImplementation create(Engine owner, CDOSession session, EngineOptions options);
    }

    void useCredentials(CredentialSource source);

    void init(String siteName);

    List<Long> recoverInterrupted();

    <T> T read(Function<Site, T> body);

    void addStorage(String name, String kind, String location, CloneMethod defaultMethod, IProgressMonitor monitor);

    int addHost(String name, String kind, String uri, IProgressMonitor monitor);

    void refreshHost(String name, IProgressMonitor monitor);

    int addChassis(String name, String kind, String address, IProgressMonitor monitor);

    void removeChassis(String name, IProgressMonitor monitor);

    void setHostReach(String host, List<String> devices);

    void setChassisReach(String chassis, List<String> devices);

    void setSegments(String machine, List<String> segments);

    void requireSegment(String master, String segment);

    String importMaster(ImportRequest request, IProgressMonitor monitor);

    void deleteMaster(String master, IProgressMonitor monitor);

    org.encompass.core.exchange.ArchiveSummary exportArchive(java.nio.file.Path archive, List<String> masters, IProgressMonitor monitor);

    org.encompass.core.exchange.ArchiveManifest readArchive(java.nio.file.Path archive);

    org.encompass.core.exchange.ArchiveSummary importArchive(java.nio.file.Path archive, String storage, boolean skipExisting, IProgressMonitor monitor);

    org.encompass.core.exchange.Replication planReplication(java.nio.file.Path archive, Map<String, String> map, Map<String, Map<String, String>> variables, String storage);

    org.encompass.core.exchange.Replication replicate(java.nio.file.Path archive, String storage, Map<String, String> map, Map<String, Map<String, String>> variables, IProgressMonitor monitor);

    void addCustomizationItem(String master, CustomizationItem item);

    String cloneMaster(String master, CloneMethod method, IProgressMonitor monitor);

    String cloneMaster(String master, CloneMethod method, String storage, IProgressMonitor monitor);

    <T> T actingFor(String user, java.util.function.Supplier<T> body);

    String request(String kind, String target, Map<String, String> arguments, java.util.function.LongConsumer accepted,
            java.util.function.Supplier<String> body);

    void setRequestRunner(RequestRunner runner);

    List<String> cloneMaster(String master, int count, CloneMethod method, IProgressMonitor monitor);

    ClonePlan planClones(String master, int count, CloneMethod method);

    void setVariables(String clone, Map<String, String> variables);

    void customizeApply(String clone, int target, IProgressMonitor monitor);

    void customizeRollback(String clone, int target, boolean force, IProgressMonitor monitor);

    void assign(String clone, String machine, IProgressMonitor monitor);

    void unassign(String clone, IProgressMonitor monitor);

    void attach(String clone, IProgressMonitor monitor);

    void detach(String clone, IProgressMonitor monitor);

    void activate(String clone, IProgressMonitor monitor);

    void deactivate(String clone, IProgressMonitor monitor);

    void reconfigure(String clone, IProgressMonitor monitor);

    String capture(String clone, String newMaster, IProgressMonitor monitor);

    void destroy(String clone, IProgressMonitor monitor);

    DeployResult deploy(DeployRequest request, IProgressMonitor monitor);

    void migrate(String clone, String machine, IProgressMonitor monitor);

    String reassign(String machine, String to, boolean destroyOld, Map<String, String> variables, IProgressMonitor monitor);

    String updateStart(String master, String machine, Map<String, String> variables, IProgressMonitor monitor);

    int updateApply(String update, List<CustomizationItem> items, IProgressMonitor monitor);

    String updateCapture(String update, String newMaster, IProgressMonitor monitor);

    org.encompass.model.UpdatePhase updateRollout(String update, int batch, List<String> machines, boolean resume, IProgressMonitor monitor);

    org.encompass.model.UpdatePhase updateRollback(String update, List<String> machines, IProgressMonitor monitor);

    int updateFinish(String update, IProgressMonitor monitor);

    List<Orphan> orphans(IProgressMonitor monitor);

    List<Orphan> reclaimOrphans(List<String> locations, IProgressMonitor monitor);

    void run(Operation operation, String target, Map<String, String> arguments, IProgressMonitor monitor);

    void retry(long journalId, IProgressMonitor monitor);

    void rollback(long journalId, IProgressMonitor monitor);

    DiscoveryReport discover(IProgressMonitor monitor);

    void resolveConflict(long id, ConflictResolution resolution, IProgressMonitor monitor);

    int watchPower();

    @Override
    void close();
}
