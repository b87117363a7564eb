package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.duet.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories dated in other zones than Beijing's: a story is filed by its day as written (its address, its month
 * and year pages) and listed by its moment, and the two need not agree.
 */
class ZonedDatesTest {

    @TempDir
    Path dir;

    /**
     * A story of 30 September 18:30 UTC is 1 October in Beijing, so it sits among October's stories in site order:
     * September's page lost the September stories after it, two pages were planned at its address (one dropped,
     * with a warning naming a static file the site does not have) and the archive listed September twice.
     */
    @Test
    void aMonthsPageListsEveryStoryOfItsMonthWhereverItsMomentSortsIt() throws Exception {
        TestSite site = TestSite.in(dir);
        story(site, "a-cst", "2024-09-30 20:00", "Beijing evening");
        story(site, "b-utc", "2024-09-30T18:30:00Z", "UTC evening");
        story(site, "c-cst", "2024-10-01 01:00", "Beijing small hours");
        story(site, "d-ny", "2024-09-30 16:00-04:00", "New York afternoon");

        site.build();

        assertEquals(List.of(), site.problems(), "no problem");
        assertEquals(List.of("New York afternoon", "UTC evening", "Beijing evening"),
                site.page("en/2024/09/index.html").select(".item-title a").eachText());
        assertEquals(List.of("Beijing small hours"), site.page("en/2024/10/index.html").select(".item-title a")
                .eachText());
        List<String> months = site.page("en/archive/index.html").select("a[href~=/en/2024/\\d\\d/$]").eachAttr("href");
        assertEquals(List.of("/en/2024/10/", "/en/2024/09/"), months.stream().distinct().toList());
        assertEquals(months.stream().distinct().count(), months.size(), "each month once: " + months);
        assertEquals(List.of("New York afternoon", "UTC evening", "Beijing small hours", "Beijing evening"),
                site.page("en/2024/index.html").select(".item-title a").eachText(), "the year's, by moment");
    }

    private static void story(TestSite site, String slug, String date, String title) throws Exception {
        site.article("2024/" + slug + ".en.md", "title: \"" + title + "\"\nlang: \"en\"\ndate: \"" + date + "\"\n",
                "Filed as " + date + ".\n");
    }
}
