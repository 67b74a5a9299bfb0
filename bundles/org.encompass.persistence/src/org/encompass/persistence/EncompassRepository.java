package org.encompass.persistence;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.eclipse.emf.cdo.server.CDOServerUtil;
import org.eclipse.emf.cdo.server.IRepository;
import org.eclipse.emf.cdo.server.db.CDODBUtil;
import org.eclipse.emf.cdo.server.db.IDBStore;
import org.eclipse.emf.cdo.server.db.mapping.IMappingStrategy;
import org.eclipse.emf.cdo.server.internal.db.DBStore;
import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.net4j.acceptor.IAcceptor;
import org.eclipse.net4j.connector.IConnector;
import org.eclipse.net4j.db.DBUtil;
import org.eclipse.net4j.db.IDBAdapter;
import org.eclipse.net4j.internal.tcp.TCPAcceptor;
import org.eclipse.net4j.jvm.JVMUtil;
import org.eclipse.net4j.tcp.ITCPAcceptor;
import org.eclipse.net4j.tcp.TCPUtil;
import org.eclipse.net4j.util.container.IManagedContainer;
import org.encompass.persistence.internal.Closer;
import org.encompass.persistence.internal.DerbyAdapter;
import org.encompass.persistence.internal.DerbyDatabase;
import org.encompass.persistence.internal.DerbyEngine;
import org.encompass.persistence.internal.Failures;
import org.encompass.persistence.internal.Lifecycles;
import org.encompass.persistence.internal.Net4jContainers;
import org.encompass.persistence.internal.OpenSessions;
import org.encompass.persistence.internal.PostgresAdapter;
import org.encompass.persistence.internal.PostgresDatabase;
import org.encompass.persistence.internal.RepositoryLock;
import org.encompass.persistence.internal.SchemaUpgrades;
import org.encompass.persistence.internal.SocketProbes;

/**
 * The Encompass model store of this process: an embedded CDO server repository named
 * {@value #REPOSITORY_NAME} on an embedded Derby database in the data directory (or on a PostgreSQL
 * database, {@link RepositoryOptions#postgres()}), keeping every
 * object's history (audits), reachable in-process and optionally over TCP on 127.0.0.1.
 *
 * <p>Opening either succeeds completely or leaves nothing running (no thread, no lock, no booted
 * database) and throws a {@link PersistenceException} that says why. Only one process may open a
 * data directory at a time ({@link RepositoryInUseException}). Close it: that shuts Derby down
 * cleanly and stops CDO's threads (the store's keep-alive timer is not a daemon and would keep the
 * JVM alive; net4j's daemon pools would pile up in a long-running process).
 */
public final class EncompassRepository implements SessionProvider {

	public static final String REPOSITORY_NAME = "encompass";
	/** The Derby database's directory inside the data directory. */
	public static final String DATABASE_DIRECTORY = "db";
	public static final String DERBY_LOG = "derby.log";

	/** JVM acceptor names are global in a JVM; tests open several repositories in one. */
	private static final AtomicInteger JVM_ACCEPTORS = new AtomicInteger();

	private final Path dataDirectory;
	/** The PostgreSQL database's URL (without parameters), or null for the embedded Derby database. */
	private final String storeName;
	private final Closer closer;
	private final IConnector connector;
	private final int tcpPort;
	private IRepository cdoRepository;
	private IManagedContainer container;
	private final OpenSessions sessions = new OpenSessions();
	private final Object closing = new Object();
	private volatile Thread shutdownHook;
	private boolean closed;

	private EncompassRepository(Path dataDirectory, String storeName, Closer closer, IConnector connector, int tcpPort) {
		this.dataDirectory = dataDirectory;
		this.storeName = storeName;
		this.closer = closer;
		this.connector = connector;
		this.tcpPort = tcpPort;
	}

	/**
	 * For a short-lived process that will open an embedded repository soon (the command line): boots Derby's engine
	 * on another thread meanwhile, so the open only boots the database. The open waits for it; the log still goes
	 * to the data directory's {@value #DERBY_LOG}.
	 */
	public static void prepareEmbedded() {
		DerbyEngine.bootInBackground();
	}

	/** Opens the data directory resolved as {@link RepositoryOptions} documents, TCP per system property. */
	public static EncompassRepository open() {
		return open(RepositoryOptions.fromEnvironment());
	}

	/** Opens the given data directory (created if missing), without TCP. */
	public static EncompassRepository open(Path dataDirectory) {
		return open(RepositoryOptions.forDirectory(dataDirectory));
	}

	public static EncompassRepository open(RepositoryOptions options) {
		Path directory = options.dataDirectory();
		prepareDirectory(directory);
		Closer closer = new Closer();
		try {
			RepositoryLock lock = RepositoryLock.acquire(directory, options.holder());
			closer.register("lock file " + lock.file(), lock::close);

			DataSource dataSource;
			IDBAdapter adapter;
			String storeName;
			if (options.postgres() == null) {
				DerbyDatabase database = DerbyDatabase.open(directory.resolve(DATABASE_DIRECTORY),
						directory.resolve(DERBY_LOG));
				closer.register("Derby database " + database.directory(), database::close);
				dataSource = database.dataSource();
				adapter = new DerbyAdapter();
				storeName = null;
				SchemaUpgrades.applyToDerby(database.directory(), dataSource);
			} else {
				PostgresDatabase database = PostgresDatabase.open(options.postgres());
				closer.register(database.describe(), database::close);
				dataSource = database.dataSource();
				adapter = new PostgresAdapter();
				storeName = options.postgres().describe();
				SchemaUpgrades.apply(dataSource);
			}

			IManagedContainer container = Net4jContainers.server();
			closer.register("net4j container", () -> Lifecycles.deactivate(container));

			IDBStore store = createStore(adapter, dataSource);
			closer.register("CDO store", () -> stopStore(store));
			IRepository repository = createRepository(store);
			closer.register("CDO repository", () -> Lifecycles.deactivate(repository));
			CDOServerUtil.addRepository(container, repository);

			String jvmName = REPOSITORY_NAME + "-" + JVM_ACCEPTORS.incrementAndGet();
			IAcceptor jvmAcceptor = JVMUtil.getAcceptor(container, jvmName);
			closer.register("in-process acceptor", () -> Lifecycles.deactivate(jvmAcceptor));

			int tcpPort = RepositoryOptions.TCP_OFF;
			if (options.tcpEnabled()) {
				tcpPort = startTcp(container, options.tcpPort(), closer);
				try {
					lock.sharedOn(tcpPort);
				} catch (java.io.IOException e) {
					throw new PersistenceException("cannot write lock file " + lock.file() + ": " + e.getMessage(), e);
				}
			}

			IConnector connector = JVMUtil.getConnector(container, jvmName);
			closer.register("in-process connector", () -> Lifecycles.deactivate(connector));
			EncompassRepository opened = new EncompassRepository(directory, storeName, closer, connector, tcpPort);
			opened.cdoRepository = repository;
			opened.container = container;
			opened.closeOnShutdown();
			return opened;
		} catch (RuntimeException | Error e) {
			PersistenceException failure = e instanceof PersistenceException known ? known
					: new PersistenceException("cannot open repository " + directory + ": " + Failures.reason(e), e);
			Exception cleanup = closer.closeAll();
			if (cleanup != null) {
				failure.addSuppressed(cleanup);
			}
			throw failure;
		}
	}

	private static void prepareDirectory(Path directory) {
		if (Files.exists(directory) && !Files.isDirectory(directory)) {
			throw new PersistenceException("data directory " + directory + " is not a directory");
		}
		try {
			Files.createDirectories(directory);
		} catch (IOException e) {
			for (Path parent = directory.getParent(); parent != null; parent = parent.getParent()) {
				if (Files.exists(parent) && !Files.isDirectory(parent)) {
					throw new PersistenceException("cannot create data directory " + directory + ": " + parent
							+ " is not a directory", e);
				}
			}
			throw new PersistenceException("cannot create data directory " + directory + ": " + Failures.reason(e), e);
		}
		if (!Files.isWritable(directory)) {
			throw new PersistenceException("data directory " + directory + " is not writable");
		}
	}

	@SuppressWarnings("deprecation")
	private static IDBStore createStore(IDBAdapter adapter, DataSource dataSource) {
		// Horizontal mapping: a table per class; audits keep every revision; ranges store list
		// revisions as deltas instead of copying whole lists on every change. Qualified names
		// (MODEL_SITE, not SITE) keep classes of two packages with the same class name apart; the
		// switch is deprecated for a per-EPackage annotation, but it keeps this bundle model-agnostic
		// and CDO stays at 4.7. These settings shape the tables: changing them needs a new database.
		IMappingStrategy mapping = CDODBUtil.createHorizontalMappingStrategy(true, false, true);
		Map<String, String> mappingProperties = new HashMap<>(mapping.getProperties());
		mappingProperties.put(IMappingStrategy.PROP_QUALIFIED_NAMES, "true");
		mapping.setProperties(mappingProperties);
		return CDODBUtil.createStore(mapping, adapter, DBUtil.createConnectionProvider(dataSource));
	}

	/**
	 * The DBStore starts a non-daemon keep-alive timer early in its activation; when activation
	 * fails later (e.g. tables that are not CDO's) nobody deactivates it, and the JVM never exits.
	 */
	private static void stopStore(IDBStore store) throws Exception {
		try {
			Lifecycles.deactivate(store);
		} finally {
			if (store instanceof DBStore dbStore && dbStore.getConnectionKeepAliveTimer() != null) {
				dbStore.getConnectionKeepAliveTimer().cancel();
			}
		}
	}

	private static IRepository createRepository(IDBStore store) {
		Map<String, String> properties = new HashMap<>();
		properties.put(IRepository.Props.SUPPORTING_AUDITS, "true");
		properties.put(IRepository.Props.SUPPORTING_BRANCHES, "false");
		return CDOServerUtil.createRepository(REPOSITORY_NAME, store, properties);
	}

	private static int startTcp(IManagedContainer container, int port, Closer closer) {
		String address = RepositoryOptions.TCP_HOST + ":" + port;
		ITCPAcceptor acceptor;
		try {
			acceptor = TCPUtil.getAcceptor(container, address);
		} catch (RuntimeException e) {
			throw new PersistenceException("cannot listen on " + address + ": " + Failures.reason(e), e);
		}
		closer.register("TCP acceptor " + address, () -> Lifecycles.deactivate(acceptor));
		// The acceptor binds on its selector thread and, if that fails, only logs and deactivates
		// itself: without a selection key nothing listens.
		SelectionKey key = ((TCPAcceptor) acceptor).getSelectionKey();
		if (key == null) {
			throw new PersistenceException("cannot listen on " + address + ": "
					+ SocketProbes.whyCannotListen(RepositoryOptions.TCP_HOST, port));
		}
		try {
			return ((InetSocketAddress) ((ServerSocketChannel) key.channel()).getLocalAddress()).getPort();
		} catch (IOException e) {
			throw new PersistenceException("cannot find the TCP port of " + address + ": " + Failures.reason(e), e);
		}
	}

	@Override
	public CDOSession openSession() {
		synchronized (this) {
			if (closed) {
				throw new PersistenceException("repository " + dataDirectory + " is closed");
			}
		}
		try {
			return sessions.open(connector, REPOSITORY_NAME);
		} catch (RuntimeException e) {
			throw new PersistenceException("cannot open a session on repository " + dataDirectory + ": " + Failures.reason(e), e);
		}
	}

	public Path dataDirectory() {
		return dataDirectory;
	}

	/** The TCP port the repository listens on (the real one when 0 was asked for), if any. */
	public OptionalInt tcpPort() {
		return tcpPort == RepositoryOptions.TCP_OFF ? OptionalInt.empty() : OptionalInt.of(tcpPort);
	}

	/** {@code 127.0.0.1:<port>} for {@link RemoteRepositoryClient#connect(String)}, if TCP is on. */
	public String tcpAddress() {
		return tcpPort == RepositoryOptions.TCP_OFF ? null : RepositoryOptions.TCP_HOST + ":" + tcpPort;
	}

	/**
	 * The CDO repository this process serves, for a repository server that adds authentication and write
	 * access rules to it; closed with this object.
	 */
	public IRepository cdoRepository() {
		return cdoRepository;
	}

	/**
	 * The net4j container the repository is served from, for a repository server that adds its own acceptors
	 * (any address, TLS); what is added there is stopped when this object closes.
	 */
	public IManagedContainer container() {
		return container;
	}

	public synchronized boolean isOpen() {
		return !closed;
	}

	@Override
	public String describe() {
		return "repository " + dataDirectory + (storeName == null ? "" : " on " + storeName);
	}

	/**
	 * A normal stop of the process (SIGTERM, SIGINT, System.exit) closes the repository as {@link #close} does:
	 * otherwise CDO finds it not shut down at the next open and repairs it ("Detected crash of repository").
	 */
	private void closeOnShutdown() {
		Thread hook = new Thread(() -> {
			try {
				close();
			} catch (RuntimeException e) {
				System.err.println("encompass: " + e.getMessage());
			}
		}, "close " + describe() + " on shutdown");
		Runtime.getRuntime().addShutdownHook(hook);
		shutdownHook = hook;
	}

	/**
	 * Removes the hook once everything is closed, never before: a SIGTERM arriving while another thread closes
	 * then still finds the hook, which waits for that close, so the JVM does not halt in the middle of it.
	 */
	private void removeShutdownHook() {
		Thread hook = shutdownHook;
		if (hook != null && Thread.currentThread() != hook) {
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			} catch (IllegalStateException shuttingDown) {
				// the hook runs or is about to: close() is idempotent and already done
			}
		}
	}

	/**
	 * Closes everything; a second caller (e.g. the shutdown hook while the main thread closes) waits until the
	 * first one is done, so the JVM never ends in the middle of a close.
	 */
	@Override
	public void close() {
		synchronized (closing) {
			synchronized (this) {
				if (closed) {
					return;
				}
				closed = true;
			}
			// Registered last, so closed first: sessions before the connector they run on.
			closer.register("open sessions", sessions::closeAll);
			Exception failure = closer.closeAll();
			removeShutdownHook();
			if (failure != null) {
				throw new PersistenceException("errors while closing repository " + dataDirectory + ": "
						+ Failures.reason(failure), failure);
			}
		}
	}
}
