package dev.duet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTokensTest {

    private static List<String> index(String text) {
        return SearchTokens.forIndex(text).stream().map(SearchTokens.Token::term).toList();
    }

    @Test
    void cjkFastPathsAgreeWithTheScriptTableForEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean expected = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
            if (SearchTokens.isCjk(cp) != expected) {
                org.junit.jupiter.api.Assertions.fail("U+" + Integer.toHexString(cp) + ": " + script);
            }
        }
    }

    @Test
    void indexesChineseAsUnigramsAndOverlappingBigrams() {
        assertEquals(List.of("国", "国务", "务", "务院", "院"), index("国务院"));
    }

    @Test
    void aFigureIsOneTerm() {
        assertEquals(List.of("3.5", "trillion", "46.40", "250000", "passenger"),
                index("3.5 trillion, 46.40 and 250,000 passengers."));
        assertEquals(List.of("5"), SearchQuery.terms("5%"));
        assertEquals(List.of("250000"), SearchQuery.terms("250,000"), "as written without the comma");
        // A list is no figure: the comma before one or two digits, and a sentence's full stop, are not the number's.
        assertEquals(List.of("1", "2", "3", "2024"), index("1,2,3. In 2024."));
        assertEquals(List.of("3500", "1", "2345"), index("3,500,1,2345"));
        assertEquals(List.of("增", "增长", "长", "5.5"), index("增长5.5%"));
    }

    @Test
    void aStopWordInCapitalsIsAName() {
        assertEquals(List.of("it", "sector"), index("IT sector"));
        assertEquals(List.of("sector"), index("It sector"));
        assertEquals(List.of("it"), SearchQuery.terms("IT"));
        assertEquals(List.of(), SearchQuery.terms("it"));
        assertEquals(List.of("at", "t"), SearchQuery.terms("AT&T"));
    }

    @Test
    void queriesChineseByBigramsOnly() {
        assertEquals(List.of("国务", "务院", "院常", "常务", "务会", "会议"), SearchQuery.terms("国务院常务会议"));
    }

    @Test
    void queriesALoneChineseCharacterByItsUnigram() {
        assertEquals(List.of("车"), SearchQuery.terms("车"));
        assertEquals(List.of("新", "能源"), SearchQuery.terms("新 能源"));
    }

    @Test
    void punctuationAndLatinTextBreakChineseRuns() {
        assertEquals(List.of("王毅", "sco", "会议"), SearchQuery.terms("王毅，SCO会议。"));
        assertEquals(List.of("5", "月", "21", "日"), SearchQuery.terms("5月21日"));
    }

    @Test
    void lowercasesEnglishAndDropsStopWords() {
        assertEquals(List.of("wang", "yi", "beij"), SearchQuery.terms("Wang Yi and the BEIJING"));
    }

    @Test
    void stemsPluralsAndVerbFormsAlikeInTextAndQuery() {
        assertEquals(SearchQuery.terms("meeting"), SearchQuery.terms("meetings"));
        assertEquals(List.of("attend"), SearchQuery.terms("attends"));
        assertEquals(List.of("attend"), SearchQuery.terms("attended"));
        assertEquals(List.of("meet"), SearchQuery.terms("Meetings"));
        assertEquals(List.of("make", "hop", "polici", "polici", "agree", "vehicle", "grow"),
                List.of("making", "hopping", "policies", "policy", "agreed", "vehicles", "growing").stream()
                        .map(EnglishStemmer::stem).toList());
    }

    @Test
    void foldsDiacriticsAndPossessives() {
        assertEquals(List.of("cafe", "sao", "paulo", "china"), SearchQuery.terms("Café São Paulo China’s"));
        assertEquals(List.of("dont"), SearchQuery.terms("don't"));
    }

    @Test
    void foldsFullWidthLettersAndDigits() {
        assertEquals(List.of("sco", "2024"), SearchQuery.terms("ＳＣＯ　２０２４"));
        assertEquals(SearchQuery.terms("iPhone 15"), SearchQuery.terms("ｉＰｈｏｎｅ １５"));
    }

    @Test
    void keepsDigitsAndMixedWords() {
        assertEquals(List.of("q1", "2024", "3.5"), SearchQuery.terms("Q1 2024: 3.5%"));
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "Ｑ1 上海合作";
        SearchTokens.Token first = SearchTokens.forQuery(text).get(0);
        assertEquals("q1", first.term());
        assertEquals("Ｑ1", text.substring(first.start(), first.end()));
        SearchTokens.Token last = SearchTokens.forQuery(text).get(3);
        assertEquals("合作", text.substring(last.start(), last.end()));
    }

    @Test
    void skipsOverlongWords() {
        assertEquals(List.of("ok"), SearchQuery.terms("a".repeat(41) + " ok"));
    }
}
