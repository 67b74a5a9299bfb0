package org.encompass.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EObject;
import org.encompass.persistence.EncompassRepository;
import org.encompass.persistence.RepositoryInUseException;
import org.encompass.persistence.RootObjects;
import org.encompass.persistence.Transactions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository shared between two JVMs, one after the other, and refused while the other one
 * holds it; a normal stop of the other one closes it cleanly. The second JVM runs on a plain class path
 * made of the folders and jars this runtime loads the classes from.
 */
class SeparateProcessTest {

	private static final long CHILD_SECONDS = 120;

	/** One class from each jar the child needs at run time. */
	private static final String[] CLASSES_BY_JAR = {
			"org.encompass.persistence.tests.ChildProcess",
			"org.encompass.persistence.EncompassRepository",
			"org.eclipse.emf.cdo.session.CDOSession",
			"org.eclipse.net4j.connector.IConnector",
			"org.apache.derby.impl.jdbc.EmbedConnection",
			"org.apache.derby.shared.common.error.StandardException",
			"org.apache.derby.jdbc.EmbeddedDataSource",
			"org.eclipse.emf.common.util.URI",
			"org.eclipse.emf.ecore.EObject",
			"org.eclipse.emf.ecore.xmi.XMIResource",
			"org.eclipse.emf.ecore.change.ChangeDescription",
			"org.eclipse.core.runtime.OperationCanceledException",
			"org.eclipse.core.runtime.IRegistryChangeListener" };

	@TempDir
	Path data;

	private static List<String> classPath;

	@BeforeAll
	static void findClassPath() {
		TestModel.init();
		classPath = plainClassPath();
	}

	@Test
	void dataWrittenByAnotherProcessIsReadHere() throws Exception {
		Process child = startChild("write", "from the other process");
		assertTrue(child.waitFor(CHILD_SECONDS, TimeUnit.SECONDS), "child did not exit (threads left running?)");
		assertEquals(0, child.exitValue(), output(child));

		try (EncompassRepository repository = EncompassRepository.open(data)) {
			assertEquals("from the other process", Transactions.read(repository.openSession(),
					view -> TestModel.get(RootObjects.find(view, "/site", TestModel.SITE, EObject.class).orElseThrow(), "name")));
		}
	}

	@Test
	void repositoryHeldByAnotherProcessIsRefusedWithItsPid() throws Exception {
		Process child = startChild("hold");
		try {
			BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
			assertEquals(ChildProcess.READY + " " + data, out.readLine(), "child did not open the repository");

			RepositoryInUseException refused = assertThrows(RepositoryInUseException.class, () -> EncompassRepository.open(data));
			assertEquals("repository " + data + " is in use by another process (pid " + child.pid() + ")", refused.getMessage());
		} finally {
			child.getOutputStream().close();
		}
		assertTrue(child.waitFor(CHILD_SECONDS, TimeUnit.SECONDS), "child did not exit (threads left running?)");
		assertEquals(0, child.exitValue());
		// Released by the other process: now it opens here.
		EncompassRepository.open(data).close();
	}

	@Test
	void killedProcessLeavesNoStaleLockAndNoLostCommit() throws Exception {
		Process holder = startChild("hold", "committed before the crash");
		BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
		assertEquals(ChildProcess.READY + " " + data, out.readLine(), "child did not open the repository");

		holder.destroyForcibly();
		assertTrue(holder.waitFor(CHILD_SECONDS, TimeUnit.SECONDS), "child was not killed");

		assertEquals("false", gracefullyShutDown(), "a killed process cannot close the repository (CDO repairs it)");
		// The OS dropped the lock with the process; Derby replays its log on boot: the commit stays.
		try (EncompassRepository repository = EncompassRepository.open(data)) {
			assertEquals("committed before the crash", Transactions.read(repository.openSession(),
					view -> TestModel.get(RootObjects.find(view, "/site", TestModel.SITE, EObject.class).orElseThrow(), "name")));
		}
	}

	/**
	 * A normal stop (SIGTERM, as a service manager or {@code kill} sends) closes the repository as close() does,
	 * also when the signal comes while the main thread is already closing (destroy() ends the child's input too).
	 */
	@Test
	void terminatedProcessClosesTheRepositoryCleanly() throws Exception {
		Process holder = startChild("hold", "committed before the stop");
		BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
		assertEquals(ChildProcess.READY + " " + data, out.readLine(), "child did not open the repository");

		holder.destroy(); // SIGTERM (and the end of its input: its main thread closes too, at the same time)
		assertTrue(holder.waitFor(CHILD_SECONDS, TimeUnit.SECONDS), "child did not stop");

		assertEquals("true", gracefullyShutDown(), () -> "no \"Detected crash of repository\" at the next open (exit code "
				+ holder.exitValue() + ")");
		try (EncompassRepository repository = EncompassRepository.open(data)) {
			assertEquals("committed before the stop", Transactions.read(repository.openSession(),
					view -> TestModel.get(RootObjects.find(view, "/site", TestModel.SITE, EObject.class).orElseThrow(), "name")));
		}
	}

	/**
	 * What CDO's store recorded about its last stop: "true" when the repository was deactivated, else "false"
	 * (the next activation then logs "Detected crash of repository" and repairs it).
	 */
	private String gracefullyShutDown() throws java.sql.SQLException {
		// Derby's log goes where the repository keeps it, not to the current directory (as DerbyDatabase does).
		System.setProperty("derby.stream.error.file", data.resolve(EncompassRepository.DERBY_LOG).toString());
		org.apache.derby.jdbc.EmbeddedDataSource database = new org.apache.derby.jdbc.EmbeddedDataSource();
		database.setDatabaseName(data.resolve(EncompassRepository.DATABASE_DIRECTORY).toString());
		try (java.sql.Connection connection = database.getConnection();
				java.sql.Statement statement = connection.createStatement();
				java.sql.ResultSet rows = statement.executeQuery("SELECT * FROM CDO_PROPERTIES")) {
			while (rows.next()) {
				if (rows.getString(1).endsWith("gracefullyShutDown")) {
					return rows.getString(2);
				}
			}
			return "false"; // CDO removes it while the repository is open
		} finally {
			database.setShutdownDatabase("shutdown");
			try {
				database.getConnection().close();
			} catch (java.sql.SQLException shutDown) {
				// 08006: the database was shut down, as asked
			}
		}
	}

	private Process startChild(String... arguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.add("-cp");
		command.add(String.join(File.pathSeparator, classPath));
		command.add(ChildProcess.class.getName());
		command.add(data.toString());
		command.addAll(List.of(arguments));
		return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
	}

	private static String output(Process child) throws IOException {
		return new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

	/**
	 * The jars or class folders holding the classes the child needs, found through this runtime's class
	 * loaders (inside OSGi a bundle's entries resolve to its folder or to the jars it embeds), or the tests are
	 * skipped.
	 */
	private static List<String> plainClassPath() {
		Set<String> entries = new LinkedHashSet<>();
		for (String name : CLASSES_BY_JAR) {
			String entry = name.replace('.', '/') + ".class";
			try {
				Class<?> type = load(name);
				java.net.URL url = type.getResource("/" + entry);
				if (url == null) {
					skip("no class file for " + name);
				}
				String resolved = org.eclipse.core.runtime.FileLocator.resolve(url).toString();
				if (resolved.startsWith("jar:")) {
					entries.add(Path.of(java.net.URI.create(resolved.substring(4, resolved.indexOf("!/")))).toString());
				} else {
					if (!resolved.startsWith("file:") || !resolved.endsWith(entry)) {
						skip(name + " is not in a folder or jar: " + resolved);
					}
					entries.add(Path.of(java.net.URI.create(resolved.substring(0, resolved.length() - entry.length()))).toString());
				}
			} catch (ClassNotFoundException | IOException | IllegalArgumentException e) {
				skip("cannot build a class path for a second JVM: " + e);
			}
		}
		return List.copyOf(entries);
	}

	/** Loads through this bundle, or through the CDO bundle, which sees the EMF parts CDO needs. */
	private static Class<?> load(String name) throws ClassNotFoundException {
		try {
			return Class.forName(name, false, SeparateProcessTest.class.getClassLoader());
		} catch (ClassNotFoundException e) {
			return Class.forName(name, false, org.eclipse.emf.cdo.session.CDOSession.class.getClassLoader());
		}
	}

	/** Skips the tests, saying why in the test output (a skipped class reports no test at all). */
	private static void skip(String reason) {
		System.err.println("SeparateProcessTest skipped: " + reason);
		Assumptions.abort(reason);
	}
}
