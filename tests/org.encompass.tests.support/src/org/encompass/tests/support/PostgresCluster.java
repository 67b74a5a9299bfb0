package org.encompass.tests.support;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.encompass.persistence.PostgresStore;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL cluster as releng/scripts/postgres.sh makes and runs it. {@link #shared()} is the one the
 * test script started (or one started here and stopped when the JVM ends); {@link #startPrivate(Path)} runs
 * one a test may stop and start; {@link #url()} is its JDBC URL (the cluster's default database). Tests abort (skip) with the reason only when PostgreSQL is not installed and
 * cannot be (the script exits with 3); any other failure fails them.
 */
public final class PostgresCluster {
	/** The script's exit code when PostgreSQL is missing and cannot be installed. */
	private static final int NOT_INSTALLED = 3;
	private static final String USER = "encompass";
	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static PostgresCluster shared;

	public final Path directory;
	private final int port;
	private String url;

	private PostgresCluster(Path directory, int port, String url) {
		this.directory = directory;
		this.port = port;
		this.url = url;
	}

	/** The cluster of $ENCOMPASS_POSTGRES_DIR (default /tmp/encompass-postgres), started unless it runs. */
	public static synchronized PostgresCluster shared() throws Exception {
		if (shared == null) {
			String chosen = System.getenv("ENCOMPASS_POSTGRES_DIR");
			Path dir = Path.of(chosen != null && !chosen.isBlank() ? chosen
					: System.getProperty("java.io.tmpdir") + "/encompass-postgres");
			Result running = script("url", dir.toString());
			if (running.exit == 0) {
				shared = new PostgresCluster(dir, -1, running.lastLine());
			} else {
				Result started = script("start", dir.toString());
				requireInstalled(started);
				shared = new PostgresCluster(dir, -1, started.lastLine());
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						script("stop", dir.toString());
					} catch (Exception e) {
						// the JVM is ending
					}
				}));
			}
		}
		return shared;
	}

	/**
	 * A cluster of its own in a new directory of the temporary directory (where the postgres user may enter, unlike
	 * a test's private one), on a free port; {@link #destroy} removes it.
	 */
	public static PostgresCluster startPrivate() throws Exception {
		Path dir = Files.createTempDirectory("encompass-pg-");
		Files.delete(dir);
		int port;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			port = probe.getLocalPort();
		}
		PostgresCluster cluster = new PostgresCluster(dir, port, null);
		cluster.start();
		return cluster;
	}

	public void start() throws Exception {
		Result started = script("start", directory.toString(), Integer.toString(port));
		requireInstalled(started);
		url = started.lastLine();
	}

	public void stop() throws Exception {
		Result stopped = script("stop", directory.toString());
		if (stopped.exit != 0) {
			throw new IllegalStateException("postgres.sh stop failed (exit " + stopped.exit + "): " + stopped.output);
		}
	}

	public void destroy() throws Exception {
		script("destroy", directory.toString());
	}

	public String url() {
		return url;
	}

	/** A new, empty database in this cluster, as the store of one repository. */
	public PostgresStore newDatabase() throws IOException, SQLException {
		String name = "repo_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
		try (Connection connection = connect(url);
				Statement statement = connection.createStatement()) {
			statement.executeUpdate("CREATE DATABASE " + name);
		}
		String password = password();
		return new PostgresStore(url.substring(0, url.lastIndexOf('/') + 1) + name, USER, password::toCharArray);
	}

	/** A JDBC connection to the store's database, for looking at the tables CDO made. */
	public Connection connect(PostgresStore store) throws IOException, SQLException {
		return connect(store.url());
	}

	private Connection connect(String jdbcUrl) throws IOException, SQLException {
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setURL(jdbcUrl);
		source.setUser(USER);
		source.setPassword(password());
		return source.getConnection();
	}

	/** The cluster's fixture password, which the script wrote readable by its owner (and root) only. */
	public String password() throws IOException {
		return Files.readString(directory.resolve("password"), StandardCharsets.US_ASCII).strip();
	}

	private static void requireInstalled(Result result) {
		if (result.exit == NOT_INSTALLED) {
			abort("PostgreSQL cannot run here: " + result.output.strip());
		}
		if (result.exit != 0) {
			throw new IllegalStateException("releng/scripts/postgres.sh failed (exit " + result.exit + "): " + result.output);
		}
	}

	private record Result(int exit, String output) {
		String lastLine() {
			List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
			return lines.get(lines.size() - 1).strip();
		}
	}

	private static Result script(String... arguments) throws IOException, InterruptedException {
		List<String> command = new java.util.ArrayList<>(List.of("bash", script().toString()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(600, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException(command + " timed out");
		}
		return new Result(process.exitValue(), output);
	}

	/** releng/scripts/postgres.sh, found above the test's working directory (the test bundle's folder). */
	private static Path script() {
		for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("releng/scripts/postgres.sh");
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("releng/scripts/postgres.sh not found above " + Paths.get("").toAbsolutePath());
	}
}
