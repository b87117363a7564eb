package dev.duet.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes decoded strictly, refusing any malformed or unmappable sequence. UTF-8, which nearly every file is, costs
 * what the JDK's own string decoding costs when the bytes are valid.
 */
public final class StrictText {

    private StrictText() {
    }

    /** The bytes as UTF-8. */
    public static String utf8(byte[] bytes) throws CharacterCodingException {
        return decode(bytes, 0, bytes.length, StandardCharsets.UTF_8);
    }

    /**
     * {@code length} bytes from {@code offset} in {@code charset}. For UTF-8, the JDK's string decoding writes
     * U+FFFD for each malformed sequence, so a text without one was valid; a text with one is decoded again,
     * strictly, to tell a malformed sequence from a U+FFFD the file holds.
     */
    public static String decode(byte[] bytes, int offset, int length, Charset charset)
            throws CharacterCodingException {
        if (charset.equals(StandardCharsets.UTF_8)) {
            String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
    }
}
