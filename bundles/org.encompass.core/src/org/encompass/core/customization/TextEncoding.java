package org.encompass.core.customization;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The encoding a regex item reads a file in and writes it back in: UTF-16 LE or BE when the file starts with
 * that byte order mark (Windows writes unattend.xml so), else UTF-8 (a UTF-8 mark is kept as text). Decoding is
 * strict, and the mark is written back as it was, so the bytes a pattern did not match stay exactly the same.
 */
record TextEncoding(Charset charset, byte[] mark) {

    private static final byte[] UTF_16LE_MARK = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF_16BE_MARK = {(byte) 0xFE, (byte) 0xFF};

    static TextEncoding of(byte[] content) {
        if (startsWith(content, UTF_16LE_MARK)) {
            return new TextEncoding(StandardCharsets.UTF_16LE, UTF_16LE_MARK);
        }
        if (startsWith(content, UTF_16BE_MARK)) {
            return new TextEncoding(StandardCharsets.UTF_16BE, UTF_16BE_MARK);
        }
        return new TextEncoding(StandardCharsets.UTF_8, new byte[0]);
    }

    String name() {
        return charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name() + " (with a byte order mark)";
    }

    String decode(byte[] content) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content, mark.length, content.length - mark.length)).toString();
    }

    byte[] encode(String text) {
        byte[] body = text.getBytes(charset);
        byte[] all = Arrays.copyOf(mark, mark.length + body.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
