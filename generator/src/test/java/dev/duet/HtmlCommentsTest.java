package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.content.HtmlComments;
import dev.duet.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An HTML comment in an article is a note for those who edit it, as in Hugo and JBake: no page, feed, summary or
 * search file shows it (it was published as text before), and Hugo's {@code <!--more-->} marker with it. A comment
 * written as code is text the article shows.
 */
class HtmlCommentsTest {

    @TempDir
    Path dir;

    @Test
    void aCommentIsOnNoPageFeedOrSearchFile() throws Exception {
        TestSite site = TestSite.in(dir);
        site.article("2024/park.zh.md", "title: \"新公园获批\"\ndate: \"2024-06-28\"\nslug: \"park\"",
                "市议会周五批准新建公园。<!--more--> 公园明年开放。\n\n<!-- 编辑：捐赠人姓名暂不公开 -->\n\n工程将于秋季开工。\n");
        site.article("2024/park.en.md", "title: \"Council approves park\"\ndate: \"2024-06-28\"\nslug: \"park\"",
                "<!-- EDITOR: do not publish the donor's name\n(Mr Zhang) until legal clears it -->\n\n"
                        + "The city council approved a new park on Friday.\n\n<!--more-->\n\n"
                        + "The park will open next year. Write `<!-- a comment -->` to leave a note.\n");
        site.build();

        for (Map.Entry<String, byte[]> file : site.outputTree().entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            assertFalse(text.contains("EDITOR") || text.contains("Mr Zhang") || text.contains("捐赠人"), file.getKey());
            assertFalse(text.contains("more--"), file.getKey());
        }
        Document en = site.page("en/2024/06/park/index.html");
        assertEquals(List.of("The city council approved a new park on Friday.",
                "The park will open next year. Write <!-- a comment --> to leave a note."),
                en.select(".article-body p").eachText());
        assertTrue(en.selectFirst("meta[name=description]").attr("content").startsWith("The city council"));
        Document parallel = site.page("zh/2024/06/park/parallel/index.html");
        assertTrue(parallel.text().contains("市议会周五批准新建公园。 公园明年开放。"), parallel.text());
        assertTrue(parallel.text().contains("工程将于秋季开工。"), parallel.text());
    }

    @Test
    void aCommentLeavesEveryLineAfterItInItsPlace() {
        String markdown = "One.\n\n<!-- a note\nover two lines -->\n\nTwo <!-- inline --> words.\n\n`<!-- code -->`\n";

        String stripped = HtmlComments.strip(markdown);

        assertEquals("One.\n\n\n\n\nTwo  words.\n\n`<!-- code -->`\n", stripped);
        assertEquals(markdown.lines().count(), stripped.lines().count());
        String none = "No comment.";
        assertSame(none, HtmlComments.strip(none));
    }
}
