package dev.duet.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that costs what the JDK's own decoding costs when the bytes are valid, as they nearly all are. */
public final class Utf8 {

    private Utf8() {
    }

    /** The bytes as UTF-8, refusing any malformed sequence. */
    public static String strict(byte[] bytes) throws CharacterCodingException {
        return strict(bytes, 0, bytes.length);
    }

    /**
     * {@code length} bytes from {@code offset} as UTF-8, refusing any malformed sequence. The JDK's string decoding
     * writes U+FFFD for each malformed sequence, so a text without one was valid; a text with one is decoded again,
     * strictly, to tell a malformed sequence from a U+FFFD the file holds.
     */
    public static String strict(byte[] bytes, int offset, int length) throws CharacterCodingException {
        String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
    }
}
