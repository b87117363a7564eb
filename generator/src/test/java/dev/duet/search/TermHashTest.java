package dev.duet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hash computed on the fly equals FNV-1a over the UTF-8 bytes, which search.js computes too. */
class TermHashTest {

    @Test
    void matchesTheHashOfTheUtf8Bytes() {
        String[] fixed = {"", "a", "economy", "经济", "中文字", "café", "𠀀字", "ß", "\u07FF\u0800", "\uD800", "x\uDC00y",
            "\uD83D\uDE00", "\uFFFF"};
        for (String term : fixed) {
            assertEquals(TermHash.fnv1aOfBytes(term), TermHash.fnv1a(term), term);
        }
        Random random = new Random(11);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder term = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) {
                term.append((char) switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(0x80);
                    case 1 -> random.nextInt(0x800);
                    case 2 -> random.nextInt(0x10000);
                    default -> 0xD800 + random.nextInt(0x800);
                });
            }
            String s = term.toString();
            assertEquals(TermHash.fnv1aOfBytes(s), TermHash.fnv1a(s), () -> s.chars()
                    .mapToObj(Integer::toHexString).toList().toString());
        }
    }

    @Test
    void hashOfACjkKeyEqualsTheHashOfItsTerm() {
        Random random = new Random(12);
        for (int n = 0; n < 100_000; n++) {
            int first = randomCjk(random);
            int second = randomCjk(random);
            long unigram = SearchTokens.cjkKey(first);
            long bigram = SearchTokens.cjkKey(first, second);
            String pair = new String(new int[] {first, second}, 0, 2);
            assertEquals(Character.toString(first), SearchTokens.cjkTerm(unigram));
            assertEquals(pair, SearchTokens.cjkTerm(bigram));
            assertEquals(TermHash.fnv1aOfBytes(Character.toString(first)), TermHash.fnv1a(unigram));
            assertEquals(TermHash.fnv1aOfBytes(pair), TermHash.fnv1a(bigram), pair);
        }
    }

    /** A code point the tokeniser calls CJK, the only ones that get a key: BMP and supplementary ones alike. */
    private static int randomCjk(Random random) {
        while (true) {
            int cp = switch (random.nextInt(3)) {
                case 0 -> 0x4E00 + random.nextInt(0x5200);
                case 1 -> 0x1100 + random.nextInt(0xF000);
                default -> 0x20000 + random.nextInt(0x30000);
            };
            if (SearchTokens.isCjk(cp)) {
                return cp;
            }
        }
    }
}
