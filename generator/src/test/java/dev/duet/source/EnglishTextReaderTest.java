package dev.duet.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EnglishTextReaderTest {

    @Test
    void collapsesSpaceRunsAsTheRegexDid() {
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u3000新";
        Random random = new Random(5);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertEquals(s.replaceAll("\\s+", " "), EnglishTextReader.collapseSpaces(s), s);
        }
    }
}
