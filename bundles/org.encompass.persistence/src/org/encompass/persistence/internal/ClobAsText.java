package org.encompass.persistence.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Types;

import javax.sql.DataSource;

/**
 * Lets CDO write the model's CLOB-annotated strings ({@code columnType=CLOB}) to PostgreSQL. CDO binds them with
 * {@code setObject(i, string, Types.CLOB)} and {@code setNull(i, Types.CLOB)}; pgjdbc takes CLOB to mean a
 * large object by OID and refuses a String ("Cannot cast an instance of java.lang.String to type Types.CLOB").
 * The {@link PostgresAdapter} makes those columns TEXT, so the statements of this data source bind such values
 * as the plain strings they are. CDO reads them with {@code getString}, which TEXT serves as it is.
 */
public final class ClobAsText {

	private ClobAsText() {
	}

	public static DataSource wrap(DataSource dataSource) {
		return proxy(DataSource.class, dataSource, (method, args) -> {
			Object result = invoke(dataSource, method, args);
			return method.getName().equals("getConnection") ? wrap((Connection) result) : result;
		});
	}

	static Connection wrap(Connection connection) {
		return proxy(Connection.class, connection, (method, args) -> {
			Object result = invoke(connection, method, args);
			return method.getName().equals("prepareStatement") ? wrap((PreparedStatement) result) : result;
		});
	}

	static PreparedStatement wrap(PreparedStatement statement) {
		return proxy(PreparedStatement.class, statement, (method, args) -> {
			String name = method.getName();
			if (name.equals("setObject") && args.length >= 3 && args[2] instanceof Integer type && type == Types.CLOB) {
				if (args[1] == null) {
					statement.setNull((Integer) args[0], Types.VARCHAR);
				} else {
					statement.setString((Integer) args[0], args[1].toString());
				}
				return null;
			}
			if (name.equals("setNull") && args.length == 2 && args[1] instanceof Integer type && type == Types.CLOB) {
				statement.setNull((Integer) args[0], Types.VARCHAR);
				return null;
			}
			return invoke(statement, method, args);
		});
	}

	private interface Handler {
		Object handle(Method method, Object[] args) throws Throwable;
	}

	private static <T> T proxy(Class<T> type, T target, Handler handler) {
		return type.cast(Proxy.newProxyInstance(ClobAsText.class.getClassLoader(), new Class<?>[] { type },
				(proxy, method, args) -> {
					if (method.getDeclaringClass() == Object.class) {
						return switch (method.getName()) {
							case "equals" -> proxy == args[0];
							case "hashCode" -> System.identityHashCode(proxy);
							default -> "ClobAsText(" + target + ")";
						};
					}
					return handler.handle(method, args == null ? new Object[0] : args);
				}));
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		} catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}
}
