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
        assertEquals(List.of("5"), SearchTokens.queryTerms("5%"));
        assertEquals(List.of("250000"), SearchTokens.queryTerms("250,000"), "as written without the comma");
        // A list is no figure: the comma before one or two digits, and a sentence's full stop, are not the number's.
        assertEquals(List.of("1", "2", "3", "2024"), index("1,2,3. In 2024."));
        assertEquals(List.of("3500", "1", "2345"), index("3,500,1,2345"));
        assertEquals(List.of("增", "增长", "长", "5.5"), index("增长5.5%"));
    }

    @Test
    void aStopWordInCapitalsIsAName() {
        assertEquals(List.of("it", "sector"), index("IT sector"));
        assertEquals(List.of("sector"), index("It sector"));
        assertEquals(List.of("it"), SearchTokens.queryTerms("IT"));
        assertEquals(List.of(), SearchTokens.queryTerms("it"));
        assertEquals(List.of("at", "t"), SearchTokens.queryTerms("AT&T"));
    }

    @Test
    void queriesChineseByBigramsOnly() {
        assertEquals(List.of("国务", "务院", "院常", "常务", "务会", "会议"), SearchTokens.queryTerms("国务院常务会议"));
    }

    @Test
    void queriesALoneChineseCharacterByItsUnigram() {
        assertEquals(List.of("车"), SearchTokens.queryTerms("车"));
        assertEquals(List.of("新", "能源"), SearchTokens.queryTerms("新 能源"));
    }

    @Test
    void punctuationAndLatinTextBreakChineseRuns() {
        assertEquals(List.of("王毅", "sco", "会议"), SearchTokens.queryTerms("王毅，SCO会议。"));
        assertEquals(List.of("5", "月", "21", "日"), SearchTokens.queryTerms("5月21日"));
    }

    @Test
    void lowercasesEnglishAndDropsStopWords() {
        assertEquals(List.of("wang", "yi", "beij"), SearchTokens.queryTerms("Wang Yi and the BEIJING"));
    }

    @Test
    void stemsPluralsAndVerbFormsAlikeInTextAndQuery() {
        assertEquals(SearchTokens.queryTerms("meeting"), SearchTokens.queryTerms("meetings"));
        assertEquals(List.of("attend"), SearchTokens.queryTerms("attends"));
        assertEquals(List.of("attend"), SearchTokens.queryTerms("attended"));
        assertEquals(List.of("meet"), SearchTokens.queryTerms("Meetings"));
        assertEquals(List.of("make", "hop", "polici", "polici", "agree", "vehicle", "grow"),
                List.of("making", "hopping", "policies", "policy", "agreed", "vehicles", "growing").stream()
                        .map(EnglishStemmer::stem).toList());
    }

    @Test
    void foldsDiacriticsAndPossessives() {
        assertEquals(List.of("cafe", "sao", "paulo", "china"), SearchTokens.queryTerms("Café São Paulo China’s"));
        assertEquals(List.of("dont"), SearchTokens.queryTerms("don't"));
    }

    @Test
    void foldsFullWidthLettersAndDigits() {
        assertEquals(List.of("sco", "2024"), SearchTokens.queryTerms("ＳＣＯ　２０２４"));
        assertEquals(SearchTokens.queryTerms("iPhone 15"), SearchTokens.queryTerms("ｉＰｈｏｎｅ １５"));
    }

    @Test
    void keepsDigitsAndMixedWords() {
        assertEquals(List.of("q1", "2024", "3.5"), SearchTokens.queryTerms("Q1 2024: 3.5%"));
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
        assertEquals(List.of("ok"), SearchTokens.queryTerms("a".repeat(41) + " ok"));
    }
}
