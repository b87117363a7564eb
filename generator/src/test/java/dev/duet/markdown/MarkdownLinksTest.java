package dev.duet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses in a body stay links: the site's own and http(s) ones, never one that leads elsewhere. */
class MarkdownLinksTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest
    @ValueSource(strings = {
        "/\\evil.example", "\\\\evil.example", "https:\\\\evil.example", "/x\\..\\..\\evil"})
    void anAddressWithABackslashIsNoLink(String address) {
        String html = renderer.render("See [the page](" + address + ") here, and [this](/zh/ok/).");

        Element body = Jsoup.parseBodyFragment(html).body();
        assertEquals(1, body.select("a[href]").size(), html);
        assertEquals("/zh/ok/", body.selectFirst("a[href]").attr("href"));
        assertTrue(body.text().contains("See the page here"), html);
    }

    @Test
    void theSitesOwnAndWebAddressesStayLinks() {
        String html = renderer.render("[a](/zh/2024/05/x/) [b](https://example.org/a?b=1) [c](../y/)");

        assertEquals(java.util.List.of("/zh/2024/05/x/", "https://example.org/a?b=1", "../y/"),
                Jsoup.parseBodyFragment(html).select("a").eachAttr("href"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\nSee [the source](https://example.org/)."})
    void aColumnsAlignmentIsAClassOfTheThemeNotTheObsoleteAttribute(String after) {
        String html = renderer.render("| 车站 | 日均运量 | 备注 |\n|---|---:|:-:|\n| 台北 | 120,000 | 新 |" + after);

        Element table = Jsoup.parseBodyFragment(html).selectFirst("table");
        for (String cell : java.util.List.of("th", "td")) {
            assertEquals(java.util.List.of("", "align-right", "align-center"),
                    table.select(cell).stream().map(e -> e.attr("class")).toList(), html);
        }
        assertTrue(!html.contains("align="), html);
    }
}
