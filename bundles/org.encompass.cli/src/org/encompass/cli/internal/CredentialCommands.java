package org.encompass.cli.internal;

import static org.encompass.cli.internal.CommandSpec.command;
import static org.encompass.cli.internal.OptionSpec.flag;
import static org.encompass.cli.internal.OptionSpec.value;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.encompass.core.EncompassException;
import org.encompass.core.credentials.CredentialStore;

/**
 * Host credentials in Eclipse secure storage. They work without the repository: a password is kept
 * per host URI, so it can be stored before the host is added. The password is read from standard
 * input only (never an argument: those show in process lists and shell history) and never printed.
 */
final class CredentialCommands {
    private CredentialCommands() {
    }

    static void register(CommandTable table) {
        table.add(command("credentials set", CommandGroup.DISCOVERY).arguments("URI")
                .options(value("user", "USER"), flag("password-stdin")).offline().run(CredentialCommands::set));
        table.add(command("credentials clear", CommandGroup.DISCOVERY).arguments("URI").offline()
                .run(CredentialCommands::clear));
        table.add(command("credentials list", CommandGroup.DISCOVERY).offline().run(CredentialCommands::list));
    }

    static CredentialStore store() {
        return CredentialStore.standard(System::getenv);
    }

    private static Result set(CommandContext context, ParsedArguments arguments) {
        String uri = arguments.positional(0);
        String user = arguments.required("user", "USER");
        if (!arguments.flag("password-stdin")) {
            throw arguments.usage(DiscoveryMessages.passwordStdinRequired);
        }
        char[] password = readPassword(System.in);
        if (password.length == 0) {
            throw arguments.usage(DiscoveryMessages.noPasswordOnStdin);
        }
        CredentialStore store = store();
        try {
            store.set(uri, user, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("uri", uri);
        view.put("user", user);
        view.put("storage", store.directory().toString());
        return Result.line(view, NLS.bind(DiscoveryMessages.credentialsSet,
                new Object[] { uri, user, store.directory() }));
    }

    private static Result clear(CommandContext context, ParsedArguments arguments) {
        String uri = arguments.positional(0);
        boolean cleared = store().clear(uri);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("uri", uri);
        view.put("cleared", cleared);
        return Result.line(view, NLS.bind(cleared ? DiscoveryMessages.credentialsCleared : DiscoveryMessages.credentialsNone, uri));
    }

    private static Result list(CommandContext context, ParsedArguments arguments) {
        List<Map<String, Object>> entries = store().entries().stream().map(e -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("uri", e.endpoint());
            view.put("user", e.user());
            return view;
        }).toList();
        return Result.of(Map.of("credentials", entries), out -> {
            TextTable table = new TextTable("URI", "USER");
            entries.forEach(e -> table.row(e.get("uri"), e.get("user")));
            InventoryCommands.printOrNone(table, out, DiscoveryMessages.noCredentials);
        });
    }

    /** The first line of standard input, without its line break. */
    static char[] readPassword(InputStream in) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = reader.readLine();
            return line == null ? new char[0] : line.toCharArray();
        } catch (IOException e) {
            throw new EncompassException("cannot read the password from standard input: " + e.getMessage(), e);
        }
    }
}
