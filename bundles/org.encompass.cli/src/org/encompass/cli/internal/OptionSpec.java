package org.encompass.cli.internal;

/**
 * One option a command accepts: {@code --name} alone (a flag) or {@code --name VALUE}
 * (also written {@code --name=VALUE}).
 *
 * @param name       without the leading dashes
 * @param valueName  what the value is called in messages ({@code FILE}), or {@code null} for a flag
 * @param repeatable whether it may be given more than once
 */
public record OptionSpec(String name, String valueName, boolean repeatable) {

    public static OptionSpec flag(String name) {
        return new OptionSpec(name, null, false);
    }

    public static OptionSpec value(String name, String valueName) {
        return new OptionSpec(name, valueName, false);
    }

    public static OptionSpec repeatable(String name, String valueName) {
        return new OptionSpec(name, valueName, true);
    }

    public boolean takesValue() {
        return valueName != null;
    }

    /** {@code --file FILE} or {@code --force}. */
    public String display() {
        return "--" + name + (takesValue() ? " " + valueName : "");
    }
}
