package dev.duet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two tag names that make one address ({@code Climate}, {@code #Climate}) are told apart by a number, and the tag
 * published first keeps the plain address and its feed: a new story's tag never takes them over, whatever its name
 * sorts as. The tag given a number is a warning at its first article, naming the tag it yields to.
 */
class TagCollisionTest {

    @TempDir
    Path dir;

    private static void story(TestSite site, String slug, String date, String enTag, String zhTag) throws IOException {
        site.article("2024/" + slug + ".en.md", "title: \"Story " + slug + "\"\nlang: \"en\"\ndate: \"" + date
                + "\"\nslug: \"" + slug + "\"\ntags: [\"" + enTag + "\"]", "About " + slug + ".\n");
        site.article("2024/" + slug + ".zh.md", "title: \"新闻" + slug + "\"\nlang: \"zh\"\ndate: \"" + date
                + "\"\nslug: \"" + slug + "\"\ntags: [\"" + zhTag + "\"]", "关于" + slug + "。\n");
    }

    @Test
    void aNewStorysTagNeverTakesTheAddressOfATagPublishedBeforeIt() throws IOException {
        TestSite site = TestSite.in(dir);
        story(site, "old-heat", "2024-03-01", "Climate", "气候");
        story(site, "old-trade", "2024-03-02", "Food Trade", "食品贸易");
        site.build();
        assertTrue(site.read("en/tags/climate/index.html").contains("Story old-heat"));
        byte[] climateFeed = Files.readAllBytes(site.out().resolve("en/tags/climate/feed.xml"));
        byte[] tradeFeed = Files.readAllBytes(site.out().resolve("en/tags/food-trade/feed.xml"));

        // "#Climate" sorts before "Climate", and "Food & Trade" before "Food Trade": neither takes the address.
        story(site, "new-heat", "2024-06-01", "#Climate", "#气候");
        story(site, "new-trade", "2024-06-02", "Food & Trade", "食品 & 贸易");
        site.problems().clear();
        site.build();

        assertTrue(site.read("en/tags/climate/index.html").contains("Story old-heat"));
        assertTrue(site.read("en/tags/climate-2/index.html").contains("Story new-heat"));
        assertTrue(site.read("zh/tags/气候/index.html").contains("/zh/2024/03/old-heat/"));
        assertTrue(site.read("zh/tags/气候-2/index.html").contains("/zh/2024/06/new-heat/"));
        assertTrue(site.read("en/tags/food-trade-2/index.html").contains("Story new-trade"));
        assertArrayEquals(climateFeed, Files.readAllBytes(site.out().resolve("en/tags/climate/feed.xml")));
        assertArrayEquals(tradeFeed, Files.readAllBytes(site.out().resolve("en/tags/food-trade/feed.xml")));

        List<Problem> collisions = site.problems().stream().filter(p -> p.code().equals("content.tag-collision"))
                .toList();
        // Without a glossary, the Chinese names are tags of their own: "#气候" yields to "气候" too ("食品 & 贸易" and
        // "食品贸易" make two addresses).
        assertEquals(3, collisions.size(), collisions.toString());
        Problem climate = collisions.stream().filter(p -> p.message().contains("'#Climate'")).findFirst().orElseThrow();
        assertEquals("articles/2024/new-heat.en.md", climate.file());
        assertTrue(climate.message().contains("the older tag 'Climate' (tags/climate/), so its pages are at"
                + " tags/climate-2/"), climate.message());
    }
}
