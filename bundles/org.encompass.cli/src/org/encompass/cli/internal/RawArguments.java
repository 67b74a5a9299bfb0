package org.encompass.cli.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/**
 * The command line's arguments decoded as UTF-8 from the bytes the process was given, whatever the locale.
 * The JVM decodes argv with the locale's charset before {@code main} (under {@code LANG=C} every non-ASCII
 * byte is already lost) and turns invalid UTF-8 into U+FFFD silently; Linux keeps the original bytes in
 * {@code /proc/self/cmdline}, whose last entries are the application's arguments. They are used only when
 * they provably are those arguments (each decodes, with the JVM's own charset, to the string the JVM gave).
 */
public final class RawArguments {

    private RawArguments() {
    }

    /** {@code given} re-decoded from this process's argv bytes; {@code given} itself where that is not possible. */
    public static String[] ofThisProcess(String[] given) {
        byte[] cmdline;
        try {
            cmdline = Files.readAllBytes(Path.of("/proc/self/cmdline"));
        } catch (IOException | RuntimeException e) {
            return given; // not Linux: the launcher's UTF-8 locale is all there is
        }
        return decode(given, cmdline, Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"),
                StandardCharsets.UTF_8));
    }

    /**
     * {@code given} as the strict UTF-8 decoding of the last {@code given.length} NUL-terminated entries of
     * {@code cmdline}, when each of them decodes with {@code platform} (leniently, as the JVM did) to the
     * given string; otherwise {@code given} unchanged.
     *
     * @throws UsageException naming the argument and the byte offset of the first invalid UTF-8 sequence
     */
    public static String[] decode(String[] given, byte[] cmdline, Charset platform) {
        List<byte[]> entries = split(cmdline);
        if (entries.size() < given.length) {
            return given;
        }
        List<byte[]> raw = entries.subList(entries.size() - given.length, entries.size());
        for (int i = 0; i < given.length; i++) {
            if (!new String(raw.get(i), platform).equals(given[i])) {
                return given;
            }
        }
        String[] decoded = new String[given.length];
        for (int i = 0; i < given.length; i++) {
            decoded[i] = strictUtf8(raw.get(i), i, i > 0 ? given[i - 1] : null);
        }
        return decoded;
    }

    private static String strictUtf8(byte[] bytes, int index, String previous) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidOffset(bytes);
            String where = previous != null && previous.startsWith("--") ? NLS.bind(Messages.argumentAfter, index + 1, previous)
                    : NLS.bind(Messages.argumentNumber, index + 1);
            throw new UsageException(NLS.bind(Messages.argumentNotUtf8, new Object[] { where,
                    String.format(Locale.ROOT, "0x%02x", bytes[offset] & 0xff), offset }));
        }
    }

    /** The offset of the first byte that starts no valid UTF-8 sequence. */
    public static int firstInvalidOffset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static List<byte[]> split(byte[] cmdline) {
        List<byte[]> entries = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                entries.add(Arrays.copyOfRange(cmdline, start, i));
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            entries.add(Arrays.copyOfRange(cmdline, start, cmdline.length));
        }
        return entries;
    }
}
