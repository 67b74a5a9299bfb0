package org.encompass.server.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.encompass.core.EncompassException;
import org.encompass.core.Quoted;
import org.encompass.persistence.PersistenceException;
import org.encompass.persistence.RepositoryOptions;
import org.encompass.persistence.TlsSettings;
import org.encompass.server.Role;

/**
 * {@code org.encompass.server.app}: {@code encompass-server [run]} serves a data directory until SIGTERM, and
 * {@code encompass-server users add|remove|passwd|list} manages who may connect. Errors are one line
 * {@code encompass-server: <reason>} and exit code 1 (2 for a usage error).
 */
public final class ServerApplication implements IApplication {
    static final String DEFAULT_LISTEN = "127.0.0.1:2036";
    static final String LISTEN_VARIABLE = "ENCOMPASS_SERVER_LISTEN";
    private static final String USAGE = """
            usage: encompass-server [run] [--data DIR] [--listen HOST:PORT] [--tls-keystore FILE [--tls-password-file FILE]]
                   encompass-server users add NAME --role viewer|operator|administrator [--data DIR]
                   encompass-server users passwd NAME [--data DIR]
                   encompass-server users remove NAME [--data DIR]
                   encompass-server users list [--data DIR]
            Passwords are read from the terminal, or from the first line of standard input; never from arguments.
            --data defaults to ENCOMPASS_DATA, then ~/.encompass; --listen to ENCOMPASS_SERVER_LISTEN, then 127.0.0.1:2036.
            --tls-keystore: clients connect over TLS; the key store's password from the first line of --tls-password-file,
            else from ENCOMPASS_TLS_KEYSTORE_PASSWORD.""";

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Object start(IApplicationContext context) {
        Object given = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] args = given instanceof String[] strings ? strings : new String[0];
        context.applicationRunning();
        return Integer.valueOf(run(args, System.out, System.err));
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Arguments arguments = Arguments.parse(args);
            if (arguments.help) {
                out.println(USAGE);
                return 0;
            }
            Path data = RepositoryOptions.resolveDataDirectory(arguments.data == null ? null : Path.of(arguments.data),
                    System::getProperty, System::getenv);
            if (arguments.words.isEmpty() || arguments.words.equals(List.of("run"))) {
                TlsSettings tls = arguments.tlsKeyStore == null ? null
                        : TlsSettings.server(Path.of(arguments.tlsKeyStore),
                                arguments.tlsPasswordFile == null ? null : Path.of(arguments.tlsPasswordFile), System::getenv);
                return serve(data, arguments.listen(), tls, out);
            }
            if (arguments.words.get(0).equals("users")) {
                return users(new UserFile(data), arguments, out);
            }
            throw new Usage("unknown command '" + String.join(" ", arguments.words) + "'");
        } catch (Usage e) {
            err.println("encompass-server: " + Quoted.inline(e.getMessage(), 400));
            err.println(USAGE);
            return 2;
        } catch (EncompassException | PersistenceException | IllegalArgumentException e) {
            err.println("encompass-server: " + Quoted.inline(String.valueOf(e.getMessage()), 4000));
            return 1;
        }
    }

    private int serve(Path data, String listen, TlsSettings tls, PrintStream out) {
        RepositoryServer server = RepositoryServer.start(data, listen, tls, System.getenv());
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "encompass-server stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("encompass-server: serving " + server.describeRepository() + " on " + server.address()
                + (tls == null ? "" : " (" + tls.describe() + ")"));
        if (!server.interrupted().isEmpty()) {
            out.println("encompass-server: " + server.interrupted().size() + " operation(s) of the previous run marked "
                    + "INTERRUPTED: " + server.interrupted());
        }
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            server.close(); // stopped by the framework, not by a signal
        } catch (IllegalStateException shuttingDown) {
            // a signal: the hook closes the server
        }
        return 0;
    }

    private static int users(UserFile users, Arguments arguments, PrintStream out) {
        List<String> words = arguments.words;
        String command = words.size() > 1 ? words.get(1) : "";
        switch (command) {
            case "list" -> {
                expect(words, 2);
                for (UserFile.User user : users.list()) {
                    out.println(user.name() + "\t" + user.role().label());
                }
            }
            case "add" -> {
                expect(words, 3);
                if (arguments.role == null) {
                    throw new Usage("users add needs --role viewer|operator|administrator");
                }
                Role role = Role.fromLabel(arguments.role);
                UserFile.checkName(words.get(2));
                if (users.find(words.get(2)) != null) {
                    throw new EncompassException("user " + words.get(2) + " exists; change its password with 'users passwd "
                            + words.get(2) + "'");
                }
                char[] password = PasswordInput.read("password for " + words.get(2));
                try {
                    users.add(words.get(2), role, password);
                } finally {
                    Arrays.fill(password, '\0');
                }
                out.println("added " + words.get(2) + " (" + role.label() + ") to " + users.file());
            }
            case "passwd" -> {
                expect(words, 3);
                if (users.find(words.get(2)) == null) {
                    throw new EncompassException("no user " + words.get(2));
                }
                char[] password = PasswordInput.read("new password for " + words.get(2));
                try {
                    users.passwd(words.get(2), password);
                } finally {
                    Arrays.fill(password, '\0');
                }
                out.println("changed the password of " + words.get(2));
            }
            case "remove" -> {
                expect(words, 3);
                users.remove(words.get(2));
                out.println("removed " + words.get(2));
            }
            default -> throw new Usage("users needs add, remove, passwd or list");
        }
        return 0;
    }

    private static void expect(List<String> words, int count) {
        if (words.size() != count) {
            throw new Usage("users " + words.get(1) + (count == 3 ? " takes one NAME" : " takes no argument"));
        }
    }

    @Override
    public void stop() {
        stopped.countDown();
    }

    /** A usage error: exit code 2 and the usage text. */
    private static final class Usage extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Usage(String message) {
            super(message);
        }
    }

    /** The command words and the options ({@code --password} does not exist on purpose). */
    private static final class Arguments {
        final List<String> words = new ArrayList<>();
        String data;
        String listen;
        String role;
        String tlsKeyStore;
        String tlsPasswordFile;
        boolean help;

        static Arguments parse(String[] args) {
            Arguments parsed = new Arguments();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--help", "-h", "help" -> parsed.help = true;
                    case "--data" -> parsed.data = value(args, ++i, arg);
                    case "--listen" -> parsed.listen = value(args, ++i, arg);
                    case "--role" -> parsed.role = value(args, ++i, arg);
                    case "--tls-keystore" -> parsed.tlsKeyStore = value(args, ++i, arg);
                    case "--tls-password-file" -> parsed.tlsPasswordFile = value(args, ++i, arg);
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new Usage("unknown option " + arg);
                        }
                        parsed.words.add(arg);
                    }
                }
            }
            return parsed;
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length || args[index].isBlank()) {
                throw new Usage(option + " needs a value");
            }
            return args[index];
        }

        String listen() {
            String chosen = listen != null ? listen : System.getenv(LISTEN_VARIABLE);
            chosen = chosen == null || chosen.isBlank() ? DEFAULT_LISTEN : chosen.strip();
            if (!chosen.matches(".+:\\d{1,5}")) {
                throw new Usage("--listen must be HOST:PORT, not '" + chosen + "'");
            }
            return chosen;
        }
    }
}
