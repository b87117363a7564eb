package dev.duet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Web addresses written as text are links, ending where the sentence's punctuation or Chinese text begins. */
class BareLinksTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void anAddressInEnglishTextIsALinkWithoutTheSentencesFullStop() {
        assertEquals("<p>Details are at <a href=\"https://www.gov.cn/zhengce/\">https://www.gov.cn/zhengce/</a>.</p>",
                renderer.render("Details are at https://www.gov.cn/zhengce/."));
        assertEquals("<p>See <a href=\"http://www.xinhuanet.com\">www.xinhuanet.com</a>, or call.</p>",
                renderer.render("See www.xinhuanet.com, or call."));
    }

    @Test
    void anAddressEndsWhereChineseTextOrPunctuationBegins() {
        assertEquals("<p>详见<a href=\"http://www.gov.cn\">www.gov.cn</a>。</p>", renderer.render("详见www.gov.cn。"));
        assertEquals("<p>网址：<a href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a>"
                + "，欢迎访问</p>", renderer.render("网址：https://example.org/a?b=1&c=2，欢迎访问"));
    }

    @Test
    void aClosingBracketIsTheAddresssOnlyWhenItOpenedOne() {
        assertEquals("<p>(see <a href=\"https://en.wikipedia.org/wiki/Astana_(city)\">"
                + "https://en.wikipedia.org/wiki/Astana_(city)</a>)</p>",
                renderer.render("(see https://en.wikipedia.org/wiki/Astana_(city))"));
    }

    @Test
    void linksCodeAndOtherSchemesAreLeftAsTheyAre() {
        assertEquals("<p><a href=\"https://a.example/\">https://b.example/</a></p>",
                renderer.render("[https://b.example/](https://a.example/)"));
        assertEquals("<p><a href=\"https://a.example/\">https://a.example/</a></p>",
                renderer.render("<https://a.example/>"));
        assertEquals("<p><code>https://a.example/</code></p>", renderer.render("`https://a.example/`"));
        assertEquals("<p>ftp://a.example/ and javascript:alert(1) and mailto:a@b.example</p>",
                renderer.render("ftp://a.example/ and javascript:alert(1) and mailto:a@b.example"));
        assertEquals("<p>awww.example.com, www. alone, http://, https://-bad-/x</p>",
                renderer.render("awww.example.com, www. alone, http://, https://-bad-/x"));
    }

    @Test
    void anAddressCannotCarryMarkupOrQuotesIntoThePage() {
        assertEquals("<p><a href=\"https://a.example/x\">https://a.example/x</a>\"&gt;&lt;script&gt;alert(1)"
                + "&lt;/script&gt;</p>", renderer.render("https://a.example/x\"><script>alert(1)</script>"));
    }

    @Test
    void aBodyWithoutAnAddressIsTheSameString() {
        String html = renderer.render("A plain paragraph: nothing to link.\n\n第二段。");
        assertEquals("<p>A plain paragraph: nothing to link.</p>\n<p>第二段。</p>", html);
    }
}
