package org.encompass.persistence.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.net4j.connector.IConnector;
import org.eclipse.net4j.util.lifecycle.ILifecycle;
import org.eclipse.net4j.util.lifecycle.LifecycleEventAdapter;

/** The sessions a provider opened and its callers have not closed yet, closed with the provider. */
public final class OpenSessions {

	private final Set<CDOSession> sessions = ConcurrentHashMap.newKeySet();

	public CDOSession open(IConnector connector, String repositoryName) {
		return open(connector, repositoryName, null);
	}

	public CDOSession open(IConnector connector, String repositoryName,
			org.eclipse.net4j.util.security.IPasswordCredentialsProvider credentials) {
		CDOSession session = CdoSessions.open(connector, repositoryName, credentials);
		sessions.add(session);
		session.addListener(new LifecycleEventAdapter() {
			@Override
			protected void onDeactivated(ILifecycle lifecycle) {
				sessions.remove(session);
			}
		});
		return session;
	}

	public void closeAll() throws Exception {
		Closer closer = new Closer();
		for (CDOSession session : List.copyOf(sessions)) {
			closer.register("session " + session.getSessionID(), () -> Lifecycles.deactivate(session));
		}
		Exception failure = closer.closeAll();
		if (failure != null) {
			throw failure;
		}
	}
}
