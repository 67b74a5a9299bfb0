package org.encompass.persistence;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A PostgreSQL database to keep the repository in, instead of the embedded Derby database of the data
 * directory: a JDBC URL ({@code jdbc:postgresql://host:port/database}), a user, and where the password
 * comes from. The password is asked for only when the repository opens and is never part of the URL, of
 * {@link #toString()} or of any message.
 *
 * <p>From the environment ({@link #fromEnvironment}): the system property {@value #URL_PROPERTY} or the
 * variable {@value #URL_ENVIRONMENT} chooses PostgreSQL; the user comes from {@value #USER_PROPERTY} or
 * {@value #USER_ENVIRONMENT}; the password from the variable {@value #PASSWORD_ENVIRONMENT}, else from
 * the given secure storage lookup (keyed by the URL).
 *
 * @param url      {@code jdbc:postgresql://...}, without a password parameter
 * @param user     the database user
 * @param password asked once per open; returns null or an empty array when there is none
 */
public record PostgresStore(String url, String user, Supplier<char[]> password) {

	public static final String URL_PROPERTY = "encompass.store.url";
	public static final String URL_ENVIRONMENT = "ENCOMPASS_STORE_URL";
	public static final String USER_PROPERTY = "encompass.store.user";
	public static final String USER_ENVIRONMENT = "ENCOMPASS_STORE_USER";
	public static final String PASSWORD_ENVIRONMENT = "ENCOMPASS_STORE_PASSWORD";
	static final String URL_PREFIX = "jdbc:postgresql://";

	public PostgresStore {
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(password, "password");
		url = url.strip();
		if (!url.startsWith(URL_PREFIX) || url.length() == URL_PREFIX.length()) {
			throw new PersistenceException("store URL must look like " + URL_PREFIX + "HOST:PORT/DATABASE, not '"
					+ withoutQuery(url) + "'");
		}
		if (url.toLowerCase(Locale.ROOT).matches(".*[?&]password=.*")) {
			throw new PersistenceException("the store URL must not hold the password: set " + PASSWORD_ENVIRONMENT
					+ " or keep it in secure storage (encompass credentials set " + withoutQuery(url) + ")");
		}
		if (user == null || user.isBlank()) {
			throw new PersistenceException("no user given for the store " + url + ": set " + USER_ENVIRONMENT
					+ " or the system property " + USER_PROPERTY);
		}
		user = user.strip();
	}

	/**
	 * The store the properties and the environment choose, or null for the embedded Derby default.
	 *
	 * @param secureStorage the password kept for a URL in secure storage, or null; used when the environment
	 *                      holds none
	 */
	public static PostgresStore fromEnvironment(UnaryOperator<String> properties, UnaryOperator<String> environment,
			Function<String, char[]> secureStorage) {
		String url = firstOf(properties.apply(URL_PROPERTY), environment.apply(URL_ENVIRONMENT));
		if (url == null) {
			return null;
		}
		String user = firstOf(properties.apply(USER_PROPERTY), environment.apply(USER_ENVIRONMENT));
		String chosenUrl = url.strip();
		Supplier<char[]> password = () -> {
			String variable = environment.apply(PASSWORD_ENVIRONMENT);
			if (variable != null && !variable.isEmpty()) {
				return variable.toCharArray();
			}
			return secureStorage == null ? null : secureStorage.apply(chosenUrl);
		};
		return new PostgresStore(chosenUrl, user, password);
	}

	/** The URL without its parameters, as messages name the store. */
	public String describe() {
		return withoutQuery(url);
	}

	private static String withoutQuery(String url) {
		int query = url.indexOf('?');
		return query < 0 ? url : url.substring(0, query);
	}

	private static String firstOf(String first, String second) {
		if (first != null && !first.isBlank()) {
			return first.strip();
		}
		return second != null && !second.isBlank() ? second.strip() : null;
	}

	@Override
	public String toString() {
		return "PostgresStore[" + describe() + ", user " + user + "]";
	}
}
