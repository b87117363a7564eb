package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.desk.DeskReport.Finding;
import dev.duet.desk.DeskRun;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translation desk keeps what it found in each story's texts ({@code target/duet/desk-memo.bin}) and reads again
 * only the stories whose files changed: each run finds what a run that reads every story finds. The files are dated
 * an hour back, as a site's files are, since a file changed within the last two seconds is read every time.
 */
class DeskMemoTest {

    /** The desk test's glossary and texts: three paragraphs, long, short and long, in both languages. */
    private static final String GLOSSARY = TranslationDeskTest.GLOSSARY;
    private static final String ZH = TranslationDeskTest.ZH_BODY;
    private static final String EN = TranslationDeskTest.EN_BODY;

    @TempDir
    Path dir;

    private TestSite site;

    @BeforeEach
    void site() throws IOException {
        site = TestSite.in(dir).glossary(GLOSSARY);
        story("clean", ZH, EN, "2024-05-20");
        String[] en = EN.strip().split("\n\n");
        story("swapped", ZH, en[0] + "\n\n" + en[2] + "\n\n" + en[1] + "\n", "2024-05-21");
        story("term-dropped", ZH, EN.replace("new energy vehicles", "electric cars"), "2024-05-22");
        site.article("2024/only-chinese.zh.md", frontMatter("只有中文", "zh", "2024-05-23", "only-chinese"), ZH);
        dateBack(Instant.now().minus(1, ChronoUnit.HOURS));
    }

    private void story(String slug, String zh, String en, String date) throws IOException {
        site.article("2024/" + slug + ".zh.md", frontMatter("会议 " + slug, "zh", date, slug), zh);
        site.article("2024/" + slug + ".en.md", frontMatter("Meeting " + slug, "en", date, slug), en);
    }

    private static String frontMatter(String title, String lang, String date, String slug) {
        return "title: \"" + title + "\"\nlang: \"" + lang + "\"\ndate: \"" + date + "\"\nslug: \"" + slug
                + "\"\ntags: [\"Wang Yi\"]";
    }

    /** Dates every article file and the glossary {@code at}, as files last changed long before the run. */
    private void dateBack(Instant at) throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("articles"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(at));
            }
        }
        Files.setLastModifiedTime(dir.resolve("glossary.yaml"), FileTime.from(at));
    }

    private void rewrite(String path, String from, String to, Instant at) throws IOException {
        Path file = dir.resolve("articles/2024/" + path);
        Files.writeString(file, Files.readString(file).replace(from, to));
        Files.setLastModifiedTime(file, FileTime.from(at));
    }

    private DeskRun.Result run() throws IOException {
        return site.duet().translations();
    }

    /** What a run finds that reads every story's texts, the memo put aside and then put back. */
    private List<Finding> readingEveryStory() throws IOException {
        Path memo = dir.resolve("target/duet/desk-memo.bin");
        Path aside = dir.resolve("desk-memo.aside");
        Files.move(memo, aside);
        try {
            DeskRun.Result all = run();
            assertEquals(3, all.storiesRead());
            return all.report().findings();
        } finally {
            Files.move(aside, memo, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<String> described(List<Finding> findings) {
        return findings.stream().map(f -> f.kind().id + " " + f.file()).toList();
    }

    @Test
    void aSecondRunReadsNoStoryAndFindsTheSame() throws IOException {
        DeskRun.Result first = run();
        assertEquals(3, first.storiesRead(), "three stories in both languages; the fourth has one");
        assertEquals(List.of("misaligned articles/2024/swapped.en.md", "missing articles/2024/only-chinese.zh.md",
                "term articles/2024/term-dropped.en.md"), described(first.report().findings()).stream().sorted()
                .toList());
        String json = Files.readString(dir.resolve("target/duet/translations.json"));

        DeskRun.Result second = run();

        assertEquals(0, second.storiesRead());
        assertEquals(first.report().findings(), second.report().findings());
        assertEquals(first.problems(), second.problems());
        assertEquals(json, Files.readString(dir.resolve("target/duet/translations.json")));
    }

    @Test
    void aChangedFileHasItsStoryReadAgain() throws IOException {
        run();
        Instant later = Instant.now().minus(30, ChronoUnit.MINUTES);
        rewrite("term-dropped.en.md", "electric cars", "new energy vehicles", later);

        DeskRun.Result fixed = run();

        assertEquals(1, fixed.storiesRead());
        assertEquals(List.of("misaligned articles/2024/swapped.en.md", "missing articles/2024/only-chinese.zh.md"),
                described(fixed.report().findings()).stream().sorted().toList());
        assertEquals(readingEveryStory(), fixed.report().findings());
    }

    @Test
    void aCorrectedOriginalMakesItsTranslationStaleAtEveryRunUntilItChangesToo() throws IOException {
        run();
        rewrite("clean.zh.md", "多项文件", "五项文件", Instant.now().minus(30, ChronoUnit.MINUTES));

        DeskRun.Result corrected = run();
        assertEquals(1, corrected.storiesRead());
        assertTrue(described(corrected.report().findings()).contains("stale articles/2024/clean.en.md"));

        // Nothing read at the next run, and the translation is still behind its original.
        DeskRun.Result again = run();
        assertEquals(0, again.storiesRead());
        assertEquals(corrected.report().findings(), again.report().findings());
        assertEquals(readingEveryStory(), again.report().findings());
    }

    @Test
    void aNewGlossaryTermHasEveryStoryReadAgain() throws IOException {
        run();
        Files.writeString(dir.resolve("glossary.yaml"), GLOSSARY + "regional security: 地区安全\n");

        DeskRun.Result result = run();

        assertEquals(3, result.storiesRead());
        assertEquals(readingEveryStory(), result.report().findings());
    }

    @Test
    void aDamagedMemoIsNotUsed() throws IOException {
        List<Finding> first = run().report().findings();
        Path memo = dir.resolve("target/duet/desk-memo.bin");
        byte[] bytes = Files.readAllBytes(memo);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(memo, bytes);
        assertEquals(3, run().storiesRead());
        Files.write(memo, Arrays.copyOf(bytes, bytes.length / 3));
        DeskRun.Result cut = run();

        assertEquals(3, cut.storiesRead());
        assertEquals(first, cut.report().findings());
    }

    @Test
    void aFileChangedJustBeforeTheRunIsReadAgainAtTheNext() throws IOException {
        run();
        rewrite("swapped.zh.md", "多项文件", "多份文件", Instant.now());

        assertEquals(1, run().storiesRead());
        assertEquals(1, run().storiesRead(), "changed within two seconds of the run: not kept");
    }
}
