package dev.duet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import dev.duet.testing.TestSite.News;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check that keeps what it found of each file ({@link CheckMemo}) finds, on every later check, what a check that
 * parses every file finds; and it parses only the files written since, and the pages that link to a file now gone.
 */
class CheckMemoTest {

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() throws Exception {
        site = TestSite.in(dir).news();
        assertFalse(site.build().hasErrors());
    }

    /** A copy of the built site whose files were all written an hour ago, outside the memo's window of doubt. */
    private static Path copy(Path to) throws Exception {
        Path out = to.resolve("site");
        TestSite.copy(site.out(), out);
        FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, hourAgo);
            }
        }
        return out;
    }

    private static SiteCheck kept(Path out, String baseUrl) {
        return new SiteCheck(out, URI.create(baseUrl), Optional.of(out.resolveSibling("cache")));
    }

    private static List<Problem> full(Path out) throws Exception {
        return new SiteCheck(out, URI.create(TestSite.BASE_URL)).run();
    }

    private static void change(Path out, String file, String from, String to) throws Exception {
        Path page = out.resolve(file);
        String before = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(before.contains(from), file);
        Files.writeString(page, before.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void aSecondCheckParsesNothingAndFindsTheSame(@TempDir Path to) throws Exception {
        Path out = copy(to);
        SiteCheck check = kept(out, TestSite.BASE_URL);

        List<Problem> first = check.run();
        int pages = check.parsed();
        List<Problem> second = check.run();

        assertTrue(pages > 20, "the first check parses every page and feed: " + pages);
        assertEquals(0, check.parsed());
        assertEquals(full(out), first);
        assertEquals(first, second);
        assertTrue(Files.isRegularFile(to.resolve("cache").resolve(CheckMemo.FILE_NAME)));
    }

    @Test
    void aChangedPageIsParsedAgainAndItsDamageFound(@TempDir Path to) throws Exception {
        Path out = copy(to);
        SiteCheck check = kept(out, TestSite.BASE_URL);
        check.run();

        change(out, News.WANG_YI_ZH, "</main>", "<a href=\"/zh/nowhere/\">x</a><a href=\"/en/#no-id\">y</a></main>");
        change(out, "zh/feed.xml", "</feed>", "");
        List<Problem> problems = check.run();

        assertEquals(2, check.parsed());
        assertEquals(full(out), problems);
        assertTrue(problems.stream().anyMatch(p -> p.code().equals("check.broken-link")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.code().equals("check.broken-anchor")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.code().equals("check.invalid-xml")), problems.toString());
    }

    @Test
    void aPageGoneBreaksTheLinksOfPagesLeftAsTheyWere(@TempDir Path to) throws Exception {
        Path out = copy(to);
        SiteCheck check = kept(out, TestSite.BASE_URL);
        check.run();
        int all = check.parsed();

        Files.delete(out.resolve(News.WANG_YI_EN));
        List<Problem> problems = check.run();

        assertEquals(full(out), problems);
        assertTrue(problems.stream().anyMatch(p -> p.code().equals("check.broken-link")
                && p.file().equals(News.WANG_YI_ZH)), problems.toString());
        assertTrue(check.parsed() > 0 && check.parsed() < all / 2, "only the pages that link to it: " + check.parsed()
                + " of " + all);
    }

    @Test
    void aDamagedMemoOrOneOfAnotherBaseUrlIsNotUsed(@TempDir Path to) throws Exception {
        Path out = copy(to);
        kept(out, "https://other.example.org/").run();
        SiteCheck check = kept(out, TestSite.BASE_URL);

        List<Problem> problems = check.run();

        assertTrue(check.parsed() > 20, "a memo of another base URL is not used: " + check.parsed());
        assertEquals(full(out), problems);

        Path memo = to.resolve("cache").resolve(CheckMemo.FILE_NAME);
        byte[] bytes = Files.readAllBytes(memo);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(memo, bytes);
        change(out, News.WANG_YI_ZH, "</main>", "<a href=\"/zh/nowhere/\">x</a></main>");
        assertEquals(full(out), check.run());
        assertTrue(check.parsed() > 20, "a damaged memo is not used: " + check.parsed());
    }

    @Test
    void aFileWrittenJustBeforeTheCheckIsParsedAgainNextTime(@TempDir Path to) throws Exception {
        Path out = copy(to);
        SiteCheck check = kept(out, TestSite.BASE_URL);
        check.run();

        // Written now: a file system that keeps coarse times could give a later change the same stamp.
        change(out, News.WANG_YI_ZH, "</main>", "<p>x</p></main>");
        check.run();
        check.run();

        assertEquals(1, check.parsed());
        assertEquals(full(out), check.run());
    }
}
