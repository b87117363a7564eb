package dev.duet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.duet.io.SharedStrings;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a build reads of front matter: the same values as read, the ones many articles repeat held once. */
class FrontMatterForBuildTest {

    private static FrontMatter read(String title, int views, Publication publication) {
        LocalDate day = LocalDate.parse("2024-05-21");
        return new FrontMatter(title, new String("zh"), Optional.empty(), Optional.of(day), Optional.of("slug"),
                List.of(new String("外交")), Optional.of(new String("中新社北京5月21日电")),
                Optional.of(new String("中新社")), List.of(), Optional.empty(), Optional.of("https://a.example/1"),
                Optional.empty(), Optional.of(views), Optional.empty(), Optional.of("sources/1.txt"), Optional.empty(),
                false, Optional.of("sha256:ab"), publication);
    }

    private static Publication at(LocalTime time) {
        NewsTime published = new NewsTime(LocalDate.parse("2024-05-21"), Optional.ofNullable(time), NewsTime.CHINA);
        return new Publication(Optional.of(published), Optional.empty(), Optional.empty(), false, List.of(), 0);
    }

    private static Publication corrected() {
        return new Publication(at(null).published(), Optional.empty(), Optional.of("更正"), false, List.of(), 0);
    }

    @Test
    void repeatedValuesAreOneInstanceAndEveryValueIsAsRead() {
        SharedStrings shared = new SharedStrings();
        FrontMatter one = read("一", 1200, at(null)).forBuild(shared);
        FrontMatter two = read("二", 1200, at(null)).forBuild(shared);
        assertSame(one.date(), two.date());
        assertSame(one.dateline(), two.dateline());
        assertSame(one.agency(), two.agency());
        assertSame(one.views(), two.views());
        assertSame(one.publication(), two.publication());
        assertSame(one.tags().get(0), two.tags().get(0));
        FrontMatter asRead = read("一", 1200, at(null));
        assertEquals(asRead.date(), one.date());
        assertEquals(asRead.dateline(), one.dateline());
        assertEquals(asRead.views(), one.views());
        assertEquals(asRead.publication(), one.publication());
        assertEquals(Optional.empty(), one.importDigest(), "what only import reads is left out");
        assertEquals(Optional.empty(), one.sourceFile());
    }

    @Test
    void ofTheImportDigestOnlyTheTitlesAndTheBodysDigestsAreKeptForTheTranslationDesk() {
        String line = "sha256:" + "0".repeat(64) + " title:1a2b3c4d script:e3b0c442 tags:00ff00ff body:5e6f7a8b";
        FrontMatter fm = read("一", 1, at(null));
        FrontMatter imported = new FrontMatter(fm.title(), fm.lang(), fm.script(), fm.date(), fm.slug(), fm.tags(),
                fm.dateline(), fm.agency(), fm.reporters(), fm.headline(), fm.sourceUrl(), fm.sourceName(), fm.views(),
                fm.duplicateOf(), fm.sourceFile(), fm.translationKey(), false, Optional.of(line), fm.publication());
        assertEquals(Optional.of(" title:1a2b3c4d body:5e6f7a8b"),
                imported.forBuild(new SharedStrings()).importDigest());
    }

    @Test
    void valuesOfManyKindsAreKeptAsTheyAre() {
        SharedStrings shared = new SharedStrings();
        int large = SharedStrings.SMALL_COUNTS + 5;
        assertNotSame(read("一", large, at(null)).forBuild(shared).views(),
                read("二", large, at(null)).forBuild(shared).views(), "a large view count is each article's own");
        assertNotSame(read("一", 1, at(LocalTime.NOON)).forBuild(shared).publication(),
                read("二", 1, at(LocalTime.NOON)).forBuild(shared).publication(), "a time of day is each article's own");
        Publication corrected = corrected();
        FrontMatter withCorrection = read("一", 1, corrected).forBuild(shared);
        assertNotSame(withCorrection.publication(), read("二", 1, corrected()).forBuild(shared).publication());
        assertEquals(corrected, withCorrection.publication());
    }
}
