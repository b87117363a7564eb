package dev.duet.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Nfkc} gives what {@link Normalizer} gives, on its fast path and off it. */
class NfkcTest {

    private static String jdk(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    @Test
    void everyCharacterOfTheFastPathIsItsOwnFormOrItsAsciiCounterpart() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String one = String.valueOf(c);
            if (Nfkc.isOwnForm(c)) {
                assertEquals(one, jdk(one), () -> "U+" + Integer.toHexString(one.charAt(0)));
            } else if (Nfkc.fullWidth(c) != 0) {
                assertEquals(String.valueOf(Nfkc.fullWidth(c)), jdk(one),
                        () -> "U+" + Integer.toHexString(one.charAt(0)));
            }
        }
    }

    @Test
    void textsOfFastPathCharactersAndOthersNormaliseAsTheJdkDoes() {
        List<Character> fast = new ArrayList<>();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Nfkc.isOwnForm(c) && (c >= 0x20 || c == '\t') || Nfkc.fullWidth(c) != 0) {
                fast.add(c);
            }
        }
        // characters that combine with or change next to a neighbour, and some that NFKC rewrites
        String others = "\u0301\u0308\u0338\u3099\u309A\u1100\u1161\u11A8\uAC00\u2026\uFB01\u2460\u00BD\u3231\uF900"
                + "\u2F00\u00A0\u2002\u00C5\u212B\u0041\u030A\uFFFD";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(n % 3 == 0 && random.nextInt(8) == 0 ? others.charAt(random.nextInt(others.length()))
                        : fast.get(random.nextInt(fast.size())));
            }
            String s = text.toString();
            assertEquals(jdk(s), Nfkc.normalize(s),
                    () -> s.codePoints().mapToObj(Integer::toHexString).toList().toString());
        }
    }

    @Test
    void keepsOrdinaryChineseAndEnglishAsTheyAreAndMakesFullWidthLabelsAscii() {
        assertEquals("英语如下:", Nfkc.normalize("英语如下："));
        assertEquals("Title: Railway Opens", Nfkc.normalize("Ｔｉｔｌｅ：\u3000Railway Opens"));
        assertEquals("新华社南京9月28日电(记者 蒋方)", Nfkc.normalize("新华社南京9月28日电（记者 蒋方）"));
        String plain = "High-speed railway, 2023.";
        assertEquals(plain, Nfkc.normalize(plain));
    }
}
