package org.encompass.persistence.internal;

import org.eclipse.emf.cdo.net4j.CDONet4jSessionConfiguration;
import org.eclipse.emf.cdo.net4j.CDONet4jUtil;
import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.util.CDOUtil;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.net4j.connector.IConnector;
import org.eclipse.net4j.util.container.ContainerEventAdapter;
import org.eclipse.net4j.util.container.IContainer;

/** Opens CDO sessions the way every Encompass session should be configured. */
public final class CdoSessions {

	/**
	 * Revisions loaded per round trip when a view walks the model: loading a site object by object
	 * is 10-30x slower (measured when the persistence layer was built).
	 */
	public static final int REVISION_PREFETCH = 1000;

	private CdoSessions() {
	}

	public static CDOSession open(IConnector connector, String repositoryName) {
		return open(connector, repositoryName, null);
	}

	/**
	 * @param credentials user and password for a repository that authenticates its sessions (CDO's
	 *                    Diffie-Hellman challenge carries them encrypted), or null
	 */
	public static CDOSession open(IConnector connector, String repositoryName,
			org.eclipse.net4j.util.security.IPasswordCredentialsProvider credentials) {
		CDONet4jSessionConfiguration configuration = CDONet4jUtil.createNet4jSessionConfiguration();
		if (credentials != null) {
			configuration.setCredentialsProvider(credentials);
		}
		configuration.setConnector(connector);
		configuration.setRepositoryName(repositoryName);
		// Passive updates (the default) keep every view current: other sessions' commits invalidate.
		configuration.setPassiveUpdateEnabled(true);
		CDOSession session = configuration.openNet4jSession();
		session.addListener(new ContainerEventAdapter<CDOView>() {
			@Override
			protected void onAdded(IContainer<CDOView> container, CDOView view) {
				configure(view);
			}
		});
		return session;
	}

	/** Applied to each view and transaction as the session opens it. */
	public static void configure(CDOView view) {
		view.options().setRevisionPrefetchingPolicy(CDOUtil.createRevisionPrefetchingPolicy(REVISION_PREFETCH));
	}
}
