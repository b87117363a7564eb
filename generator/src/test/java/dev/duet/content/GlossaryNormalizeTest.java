package dev.duet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Glossary#normalize} gives NFKC, trimmed, with each run of white space as one space, in lower case. */
class GlossaryNormalizeTest {

    /** The definition, written the slow way. */
    private static String expected(String keyword) {
        return Normalizer.normalize(keyword, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    @Test
    void normalisesNamesAndKeywordsAsTheDefinitionSays() {
        assertEquals("王毅", Glossary.normalize(" 王毅 "));
        assertEquals("单璐 张硕", Glossary.normalize("单璐\u3000 \t张硕"));
        assertEquals("wang yi", Glossary.normalize("Ｗａｎｇ  Yi"));
        assertEquals("belt and road", Glossary.normalize("Belt\nand\r\nRoad"));
        assertEquals("café", Glossary.normalize("Cafe\u0301"));
    }

    @Test
    void randomTextsOfLettersAndSpacesNormaliseAsTheDefinition() {
        String alphabet = "ab王毅Ａｚ \u3000\t\n\r\f\u000B\u00A0\u2002\u0301é\u1E9B\uFB01-·";
        Random random = new Random(11);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertEquals(expected(s), Glossary.normalize(s),
                    () -> s.chars().mapToObj(Integer::toHexString).toList().toString());
        }
    }
}
