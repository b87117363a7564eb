package dev.duet.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The parts of the index that have a simpler definition to check them against. */
class LanguageIndexTest {

    /** The snippet as first defined: the whole body's whitespace collapsed by a regex, then cut. */
    private static String referenceSnippet(String body) {
        String text = body.strip().replaceAll("\\s+", " ");
        if (text.codePointCount(0, text.length()) <= Doc.SNIPPET_LENGTH) {
            return text;
        }
        int cut = text.offsetByCodePoints(0, Doc.SNIPPET_LENGTH);
        int space = text.lastIndexOf(' ', cut);
        if (space > Doc.SNIPPET_LENGTH / 2) {
            cut = space;
        }
        return text.substring(0, cut).strip() + "…";
    }

    @Test
    void snippetEqualsTheRegexDefinition() {
        String[] pieces = {" ", "  ", "\n", "\t\r\n", "\u000B", "\f", "\u3000", "\u00A0", "word", "经济", "。", "𠀀",
            "\uD83D\uDE00", "a", "Shanghai", "\n\n", "x"};
        Random random = new Random(5);
        List<String> bodies = new ArrayList<>(List.of("", " ", "短", "a b", "a".repeat(200), "a".repeat(201),
                "字".repeat(200) + " ", "𠀀".repeat(250), " \n" + "word ".repeat(100)));
        for (int n = 0; n < 20_000; n++) {
            StringBuilder body = new StringBuilder();
            for (int i = random.nextInt(400); i > 0; i--) {
                body.append(pieces[random.nextInt(pieces.length)]);
            }
            bodies.add(body.toString());
        }
        for (String body : bodies) {
            assertEquals(referenceSnippet(body), Doc.snippet(body), body);
        }
    }

    @Test
    void postingsReadBackAsTheIntPairsTheyWereGiven() {
        Random random = new Random(9);
        for (int n = 0; n < 2_000; n++) {
            Postings postings = new Postings();
            List<Integer> pairs = new ArrayList<>();
            int doc = 0;
            int last = 0;
            for (int i = random.nextInt(50); i > 0; i--) {
                doc += switch (random.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> random.nextInt(128);
                    case 2 -> random.nextInt(20_000);
                    default -> random.nextInt(Integer.MAX_VALUE / 64);
                };
                if (doc < 0) {
                    break;
                }
                int weight = switch (random.nextInt(3)) {
                    case 0 -> Postings.PLAIN;
                    case 1 -> random.nextInt(8);
                    default -> random.nextInt(Integer.MAX_VALUE);
                };
                postings.add(doc, weight);
                pairs.add(doc - last);
                pairs.add(weight);
                last = doc;
            }
            int[] expected = pairs.stream().mapToInt(Integer::intValue).toArray();
            String json = dev.duet.io.Json.write(postings);
            assertEquals(json, dev.duet.io.Json.write(postings.trimmed()));
            assertTrue(json.matches("\"[A-Za-z0-9+/]*\""), json);
            assertArrayEquals(expected, Postings.decode(json.substring(1, json.length() - 1)));
        }
    }

    @Test
    void aTermSeenOnceOutsideTheTitleTakesOneDigitWhenItsIdIsNear() {
        Postings postings = new Postings();
        postings.add(3, Postings.PLAIN);
        postings.add(4, Postings.PLAIN);
        postings.add(20, 5);
        // 3 → 6 "G"; 1 → 2 "C"; 16 → 33, then 5: 33 = 1 + 32 → "h" (1 | 32) "B" (1), then "F".
        assertEquals("\"GChBF\"", dev.duet.io.Json.write(postings));
    }
}
