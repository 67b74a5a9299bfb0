package org.encompass.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.encompass.core.Limits;
import org.encompass.core.Quoted;

/**
 * The arguments of one command after parsing: positionals in order and option values by name.
 * The typed getters turn malformed values into {@link UsageException}s that name the option.
 */
public final class ParsedArguments {
    private final String command;
    private final List<String> positionals;
    private final Map<String, List<String>> options;

    public ParsedArguments(String command, List<String> positionals, Map<String, List<String>> options) {
        this.command = command;
        this.positionals = List.copyOf(positionals);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        options.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.options = copy;
    }

    /** The command's words ({@code master import}), or empty when none was given. */
    public String command() {
        return command;
    }

    public List<String> positionals() {
        return positionals;
    }

    /** The positional at {@code index}, or {@code null}. */
    public String positional(int index) {
        return index < positionals.size() ? positionals.get(index) : null;
    }

    public List<String> positionalsFrom(int index) {
        return index < positionals.size() ? positionals.subList(index, positionals.size()) : List.of();
    }

    public boolean has(String option) {
        return options.containsKey(option);
    }

    public boolean flag(String option) {
        return has(option);
    }

    /** The option's (last) value, or {@code null} when it was not given. */
    public String value(String option) {
        List<String> values = options.get(option);
        return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }

    public String value(String option, String defaultValue) {
        String value = value(option);
        return value == null ? defaultValue : value;
    }

    public List<String> values(String option) {
        return options.getOrDefault(option, List.of());
    }

    /** The option's value; a usage error naming the option when it is missing or empty. */
    public String required(String option, String valueName) {
        String value = value(option);
        if (value == null) {
            throw usage(NLS.bind(Messages.missingOption, "--" + option + " " + valueName));
        }
        if (value.isEmpty()) {
            throw usage(NLS.bind(Messages.emptyValue, "--" + option));
        }
        return value;
    }

    public int intValue(String option, int defaultValue, int min) {
        String value = value(option);
        return value == null ? defaultValue : (int) parseLong("--" + option, value, min, Integer.MAX_VALUE);
    }

    public long longValue(String option, long defaultValue, long min) {
        String value = value(option);
        return value == null ? defaultValue : parseLong("--" + option, value, min, Long.MAX_VALUE);
    }

    /** The option's whole number in {@code range} (the engine's own, see {@link Limits}), or a usage error naming both. */
    public long rangedValue(String option, Limits.Range range, long defaultValue) {
        String value = value(option);
        return value == null ? defaultValue : parseLong("--" + option, value, range.min(), range.max());
    }

    /** A whole number in {@code min..max}, or a usage error naming {@code what} and the range (also for a number past a long's). */
    public long parseLong(String what, String value, long min, long max) {
        java.math.BigInteger number;
        try {
            number = new java.math.BigInteger(value.strip());
        } catch (NumberFormatException e) {
            throw usage(NLS.bind(Messages.notANumber, what, Quoted.of(value)));
        }
        if (number.compareTo(java.math.BigInteger.valueOf(min)) < 0) {
            throw usage(NLS.bind(Messages.numberOutOfRange, new Object[] { what, value.strip(), min }));
        }
        if (number.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
            String shown = value.strip().length() > 40 ? Quoted.of(value.strip()) : value.strip();
            throw usage(NLS.bind(Messages.numberNotInRange, new Object[] { what, shown, Long.toString(min), Long.toString(max) }));
        }
        return number.longValueExact();
    }

    /** An enum constant by name, case-insensitive; a usage error listing the choices otherwise. */
    public <E extends Enum<E>> E enumValue(String option, Class<E> type, E defaultValue) {
        String value = value(option);
        if (value == null) {
            return defaultValue;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        String choices = java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw usage(NLS.bind(Messages.badChoice, new Object[] { value, "--" + option, choices }));
    }

    /** A usage error about this command, pointing to its help. */
    public UsageException usage(String message) {
        return new UsageException(message + NLS.bind(Messages.seeCommandHelp, command));
    }
}
