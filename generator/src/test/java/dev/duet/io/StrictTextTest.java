package dev.duet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictTextTest {

    @Test
    void validTextIsDecoded() throws CharacterCodingException {
        String text = "中新社阿斯塔纳5月21日电 Astana, May 21 — 🙂";
        assertEquals(text, StrictText.utf8(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("", StrictText.utf8(new byte[0]));
    }

    @Test
    void aReplacementCharacterTheTextHoldsIsKept() throws CharacterCodingException {
        String text = "before \uFFFD after";
        assertEquals(text, StrictText.utf8(text.getBytes(StandardCharsets.UTF_8)));
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
            assertThrows(CharacterCodingException.class, () -> StrictText.utf8(bytes), java.util.Arrays.toString(bytes));
        }
    }

    @Test
    void anotherCharsetIsDecodedStrictlyToo() throws CharacterCodingException {
        java.nio.charset.Charset gbk = java.nio.charset.Charset.forName("GBK");
        assertEquals("中新社", StrictText.decode("中新社".getBytes(gbk), 0, 6, gbk));
        byte[] cut = {(byte) 0xD6};
        assertThrows(CharacterCodingException.class, () -> StrictText.decode(cut, 0, 1, gbk));
    }

    @Test
    void decodesOnlyTheRangeAsked() throws CharacterCodingException {
        byte[] bytes = {(byte) 0xFF, 'o', 'k', (byte) 0xFF};
        assertEquals("ok", StrictText.decode(bytes, 1, 2, StandardCharsets.UTF_8));
    }
}
