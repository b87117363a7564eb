package dev.duet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.duet.config.LanguageConfig;
import org.junit.jupiter.api.Test;

/** Summaries and reading times, measured by each language's writing rule rather than by its code. */
class ArticleFactsTest {

    private static final WritingRule CHINESE = WritingRule.of(new LanguageConfig("zh", "zh-Hans", "zh_CN", "t", "d"));
    private static final WritingRule ENGLISH = WritingRule.of(new LanguageConfig("en", "en", "en_US", "t", "d"));

    @Test
    void summaryIsTheFirstParagraphWithoutMarkdownEscapes() {
        assertEquals("Prices rose 5% (in *real* terms).",
                ArticleFacts.summary("Prices rose 5\\% (in \\*real\\* terms).\n\nSecond paragraph.", ENGLISH));
    }

    /** A lesson that opens with a heading and a table was summed up by the heading's word, or the table's pipes. */
    @Test
    void summaryIsTheFirstParagraphOfTextPastHeadingsTablesRulesAndPictures() {
        assertEquals("Xiao Ming goes to a restaurant.", ArticleFacts.summary(
                "## Text\n\n| 汉字 | pinyin |\n|---|---|\n| 饭馆 | fànguǎn |\n\n---\n\n![A bowl](bowl.jpg)\n\n"
                        + "Xiao Ming goes to a restaurant.\n\nHe orders.", ENGLISH));
        assertEquals("小明去饭馆。", ArticleFacts.summary("课文\n===\n\n小明去饭馆。", CHINESE));
        assertEquals("New Words", ArticleFacts.summary("## New Words\n\n| a | b |\n|---|---|\n| c | d |", ENGLISH),
                "no paragraph: the first block of text that is no table");
        assertEquals("#hashtag is text.", ArticleFacts.summary("#hashtag is text.\n\nMore.", ENGLISH));
    }

    @Test
    void summaryIsTheTextAReaderSeesOfMarkdownAndHtml() {
        assertEquals("Bold and a link & more: code, strong, struck, 中文粗体。",
                ArticleFacts.summary("**Bold** and [a link](https://example.org/x) &amp; more: `code`, __strong__,"
                        + " ~~struck~~, 中文**粗体**。![a picture](p.jpg)", ENGLISH));
        assertEquals("Quoted <b>not a tag</b>? No: a tag, 5 < 6 and snake_case_name stay.",
                ArticleFacts.summary("> Quoted &lt;b&gt;not a tag&lt;/b&gt;? No: <em>a tag</em>, 5 < 6 and"
                        + " snake_case_name stay.", ENGLISH));
        assertEquals("Text.", ArticleFacts.summary("## A heading\n\nText.", ENGLISH));
        assertEquals("*not emphasis* and 2 * 3 * 4", ArticleFacts.summary("\\*not emphasis\\* and 2 * 3 * 4", ENGLISH));
    }

    /** Hugo's {@code <!--more-->} ends a summary written by hand: what comes before it, however many paragraphs. */
    @Test
    void theTextBeforeMoreIsTheSummary() {
        String body = "A first sentence. Another one.\n\n**Second** paragraph.\n\n<!--more-->\n\nThe rest.";
        assertEquals("A first sentence. Another one. Second paragraph.",
                ArticleFacts.summaryOfAll(dev.duet.content.HtmlComments.beforeMore(body).orElseThrow(), ENGLISH));
        assertEquals("Lead.", ArticleFacts.summaryOfAll(dev.duet.content.HtmlComments.beforeMore(
                "Lead. <!-- MORE --> The rest of a long first paragraph.").orElseThrow(), ENGLISH));
        assertEquals(java.util.Optional.empty(), dev.duet.content.HtmlComments.beforeMore(
                "Text with `<!--more-->` in code.\n\n```\n<!--more-->\n```\n"), "a divider written as code is text");
        assertEquals(java.util.Optional.empty(), dev.duet.content.HtmlComments.beforeMore("<!-- a note -->\n\nText."));
        String longer = "word ".repeat(200) + "\n\n<!--more-->";
        String cut = ArticleFacts.summaryOfAll(dev.duet.content.HtmlComments.beforeMore(longer).orElseThrow(), ENGLISH);
        assertEquals(ArticleFacts.summary("word ".repeat(200), ENGLISH), cut, "cut to the length of any summary");
    }

    @Test
    void anEnglishWireDatelinesDashPrintsAsAnEmDash() {
        assertEquals("NANJING, Sept. 28 (Xinhua) \u2014 The railway opened.",
                ArticleFacts.summary("NANJING, Sept. 28 (Xinhua) -- The railway opened.", ENGLISH));
        assertEquals("pre--war and \u2014 alone", ENGLISH.typeset("pre--war and -- alone"), "only a spaced dash");
        assertEquals("南京 -- 电", CHINESE.typeset("南京 -- 电"), "Chinese text is as written");
    }

    @Test
    void chineseSummaryIsCutAtItsCharacterLimit() {
        String text = "字".repeat(130);
        assertEquals("字".repeat(120) + "…", ArticleFacts.summary(text, CHINESE));
    }

    @Test
    void spacedSummaryIsCutBetweenWords() {
        String text = "word ".repeat(60).strip();
        String summary = ArticleFacts.summary(text, ENGLISH);
        assertEquals("word ".repeat(48).strip() + "…", summary);
    }

    @Test
    void readingTimeCountsHanCharactersOrWordsAndIsAtLeastAMinute() {
        assertEquals(2, ArticleFacts.readingMinutes("字".repeat(800) + " some latin words", CHINESE));
        assertEquals(3, ArticleFacts.readingMinutes("word\t".repeat(600), ENGLISH));
        assertEquals(1, ArticleFacts.readingMinutes("", ENGLISH));
    }
}
