package org.encompass.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.encompass.persistence.PersistenceException;
import org.encompass.persistence.RepositoryOptions;
import org.junit.jupiter.api.Test;

class RepositoryOptionsTest {

	private static final UnaryOperator<String> NONE = key -> null;

	@Test
	void explicitDirectoryWinsOverPropertyAndEnvironment() {
		assertEquals(Path.of("/explicit"), RepositoryOptions.resolveDataDirectory(Path.of("/explicit"),
				lookup(Map.of("encompass.data", "/property")), lookup(Map.of("ENCOMPASS_DATA", "/env"))));
	}

	@Test
	void propertyWinsOverEnvironment() {
		assertEquals(Path.of("/property"), RepositoryOptions.resolveDataDirectory(null,
				lookup(Map.of("encompass.data", " /property ")), lookup(Map.of("ENCOMPASS_DATA", "/env"))));
	}

	@Test
	void environmentWinsOverDefault() {
		assertEquals(Path.of("/env"), RepositoryOptions.resolveDataDirectory(null,
				lookup(Map.of("user.home", "/home/op", "encompass.data", "  ")), lookup(Map.of("ENCOMPASS_DATA", "/env"))));
	}

	@Test
	void defaultIsDotEncompassInTheHomeDirectory() {
		assertEquals(Path.of("/home/op/.encompass"),
				RepositoryOptions.resolveDataDirectory(null, lookup(Map.of("user.home", "/home/op")), NONE));
	}

	@Test
	void directoryIsMadeAbsolute() {
		RepositoryOptions options = RepositoryOptions.forDirectory(Path.of("relative/../data"));
		assertEquals(Path.of("").toAbsolutePath().resolve("data"), options.dataDirectory());
		assertFalse(options.tcpEnabled());
	}

	@Test
	void tcpPortComesFromTheSystemProperty() {
		String saved = System.getProperty(RepositoryOptions.TCP_PORT_PROPERTY);
		try {
			System.clearProperty(RepositoryOptions.TCP_PORT_PROPERTY);
			assertFalse(RepositoryOptions.fromEnvironment().tcpEnabled());

			System.setProperty(RepositoryOptions.TCP_PORT_PROPERTY, "2036");
			RepositoryOptions options = RepositoryOptions.fromEnvironment();
			assertTrue(options.tcpEnabled());
			assertEquals(2036, options.tcpPort());

			System.setProperty(RepositoryOptions.TCP_PORT_PROPERTY, "http");
			PersistenceException bad = assertThrows(PersistenceException.class, RepositoryOptions::fromEnvironment);
			assertEquals("system property encompass.tcp.port must be a port number 0-65535, not 'http'", bad.getMessage());
			System.setProperty(RepositoryOptions.TCP_PORT_PROPERTY, "70000");
			assertThrows(PersistenceException.class, RepositoryOptions::fromEnvironment);
		} finally {
			if (saved == null) {
				System.clearProperty(RepositoryOptions.TCP_PORT_PROPERTY);
			} else {
				System.setProperty(RepositoryOptions.TCP_PORT_PROPERTY, saved);
			}
		}
	}

	@Test
	void portOutOfRangeIsRefused() {
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> RepositoryOptions.forDirectory(Path.of("/d")).withTcpPort(65536));
		assertEquals("TCP port must be 0-65535 (or -1 for off), not 65536", refused.getMessage());
	}

	private static UnaryOperator<String> lookup(Map<String, String> values) {
		return values::get;
	}
}
