package dev.duet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.duet.content.ContentReader;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.Problem;
import dev.duet.diagnostic.Problems;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PictureCheckTest {

    private static List<TranslationPairs.Group> groups(String... pathsAndTexts) {
        List<dev.duet.content.ContentFile> files = new ArrayList<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            new ContentReader().read(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8),
                    new Problems()).ifPresent(files::add);
        }
        return TranslationPairs.pair(files).groups();
    }

    private static final String WITH_PICTURE = """
            ---
            title: "新线开通"
            image:
              src: "photo.jpg"
              alt: {zh: "列车"}
            ---

            正文。

            ![](map.png)
            """;

    private static final String WITHOUT = """
            ---
            title: "New line"
            ---

            Text.
            """;

    /** A withdrawn story's pictures are not published: their alternative text is nothing to tell of. */
    @Test
    void aWithdrawnStorysPicturesAreNotChecked() {
        assertEquals(List.of(), PictureCheck.run(groups("articles/a.zh.md", WITH_PICTURE.replace("title:",
                "unpublished: true\ntitle:"), "articles/a.en.md", WITHOUT), true));
    }

    @Test
    void picturesWithoutAltTextAreWarnings() {
        List<Problem> problems = PictureCheck.run(groups("articles/a.zh.md", WITH_PICTURE, "articles/a.en.md",
                WITHOUT), false);
        // The English page's lead picture is the one the Chinese file gives: that file is named, at its line.
        assertEquals(List.of("articles/a.zh.md:3 check.image-alt", "articles/a.zh.md:10 check.image-alt"),
                problems.stream().map(p -> p.file() + ":" + p.line() + " " + p.code()).sorted(
                        java.util.Comparator.reverseOrder()).toList());
        assertEquals("the lead picture 'photo.jpg' has no alternative text in en, which articles/a.en.md shows too:"
                + " add 'alt: {en: …}' under 'image:'", problems.stream().filter(p -> p.line() == 3).findFirst()
                        .get().message());
    }

    /** A caption given for one language's page only: the other page shows the picture without one. */
    @Test
    void aCaptionInOneLanguageOnlyIsAWarningForTheOther() {
        String captioned = WITH_PICTURE.replace("  alt: {zh: \"列车\"}", "  alt: {zh: \"列车\", en: \"A train\"}\n"
                + "  caption: \"首发列车。\"");
        List<Problem> problems = PictureCheck.run(groups("articles/a.zh.md", captioned, "articles/a.en.md", WITHOUT),
                false).stream().filter(p -> p.code().equals("check.image-caption")).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("articles/a.zh.md", problems.get(0).file());
        assertEquals("the lead picture 'photo.jpg' has a caption in zh and none in en, which articles/a.en.md shows:"
                + " add 'caption: {en: …}' under 'image:'", problems.get(0).message());
        String both = captioned.replace("caption: \"首发列车。\"", "caption: {zh: \"首发列车。\", en: \"The first train.\"}");
        assertEquals(List.of(), PictureCheck.run(groups("articles/a.zh.md", both, "articles/a.en.md", WITHOUT), false)
                .stream().filter(p -> p.code().equals("check.image-caption")).toList());
    }

    @Test
    void articlesWithoutALeadPictureAreWarnedAboutOnlyWhenAsked() {
        List<TranslationPairs.Group> groups = groups("articles/b.en.md", WITHOUT);
        assertEquals(List.of(), PictureCheck.run(groups, false));
        List<Problem> problems = PictureCheck.run(groups, true);
        assertEquals(List.of("check.no-lead-image"), problems.stream().map(Problem::code).toList());
        assertEquals(false, problems.get(0).isError());
    }
}
