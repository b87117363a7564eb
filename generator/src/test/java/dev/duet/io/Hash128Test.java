package dev.duet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hash of bytes, which digests a file whose stamp cannot be trusted, tells one file's bytes from another's. */
class Hash128Test {

    private static String of(byte[] bytes) {
        return new Hash128().mark('F').bytes(bytes).hex();
    }

    @Test
    void theSameBytesGiveTheSameDigest() {
        byte[] bytes = new byte[1000];
        new Random(7).nextBytes(bytes);
        assertEquals(of(bytes), of(bytes.clone()));
        assertEquals(32, of(bytes).length());
    }

    @Test
    void everyLengthAndEveryZeroPaddingDiffers() {
        Set<String> seen = new HashSet<>();
        for (int length = 0; length <= 40; length++) {
            assertTrue(seen.add(of(new byte[length])), "zeros, " + length + " bytes");
            if (length > 0) {
                byte[] ones = new byte[length];
                java.util.Arrays.fill(ones, (byte) 1);
                assertTrue(seen.add(of(ones)), "ones, " + length + " bytes");
            }
        }
    }

    @Test
    void everySingleBitFlippedChangesTheDigest() {
        byte[] bytes = new byte[67]; // eight whole words and a tail of three
        new Random(11).nextBytes(bytes);
        Set<String> seen = new HashSet<>();
        seen.add(of(bytes));
        for (int bit = 0; bit < bytes.length * 8; bit++) {
            byte[] flipped = bytes.clone();
            flipped[bit / 8] ^= (byte) (1 << bit % 8);
            assertTrue(seen.add(of(flipped)), "bit " + bit);
        }
    }

    @Test
    void bytesSwappedBetweenWordsChangeTheDigest() {
        byte[] bytes = "0123456789abcdefghijklmnop".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] swapped = "89abcdef01234567ghijklmnop".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertTrue(!of(bytes).equals(of(swapped)));
    }
}
