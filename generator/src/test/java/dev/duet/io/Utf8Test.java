package dev.duet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void validTextIsDecoded() throws CharacterCodingException {
        String text = "中新社阿斯塔纳5月21日电 Astana, May 21 — 🙂";
        assertEquals(text, Utf8.strict(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("", Utf8.strict(new byte[0]));
    }

    @Test
    void aReplacementCharacterTheTextHoldsIsKept() throws CharacterCodingException {
        String text = "before \uFFFD after";
        assertEquals(text, Utf8.strict(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyMalformedSequenceIsRefused() {
        byte[][] malformed = {
            {'a', (byte) 0xFF, 'b'},                       // never a UTF-8 byte
            {'a', (byte) 0xE4, (byte) 0xB8},               // a sequence cut short at the end
            {(byte) 0xE4, 'a', 'b'},                       // a lead byte without its continuation
            {(byte) 0xC0, (byte) 0xAF},                    // an overlong '/'
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},       // a surrogate encoded on its own
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
        };
        for (byte[] bytes : malformed) {
            assertThrows(CharacterCodingException.class, () -> Utf8.strict(bytes), java.util.Arrays.toString(bytes));
        }
    }

    @Test
    void decodesOnlyTheRangeAsked() throws CharacterCodingException {
        byte[] bytes = {(byte) 0xFF, 'o', 'k', (byte) 0xFF};
        assertEquals("ok", Utf8.strict(bytes, 1, 2));
    }
}
