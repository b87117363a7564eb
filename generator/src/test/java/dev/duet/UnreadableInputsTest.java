package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import dev.duet.io.FileErrors;
import dev.duet.source.ImportedArticle;
import dev.duet.source.SourceParser;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input file that cannot be read (not UTF-8 where it must be, no permission to read it) is an error that names
 * it and says why, and the rest of the site builds: before, one such file ended the whole build or import with its
 * name alone. Files that cannot be read by permission are tried by hand (a test running as root reads them all);
 * their messages are checked here.
 */
class UnreadableInputsTest {

    @TempDir
    Path dir;

    private TestSite site() throws IOException {
        return TestSite.in(dir).article("2024/rail.en.md", "title: \"Rail line opens\"\ndate: \"2024-05-20\"\n"
                + "tags: [\"Rail\"]", "The line opens today.\n");
    }

    private static List<Problem> errors(BuildResult result) {
        return result.problems().stream().filter(Problem::isError).toList();
    }

    @Test
    void aGlossaryThatIsNotUtf8IsAnErrorAndTheSiteBuilds() throws Exception {
        TestSite site = site().write("glossary.yaml", "Rail: 铁路\n".getBytes(Charset.forName("GB18030")));

        BuildResult result = site.build();

        assertEquals(List.of("glossary.yaml"), errors(result).stream().map(Problem::file).toList(), errors(result)
                .toString());
        assertTrue(errors(result).get(0).message().startsWith("not UTF-8"), errors(result).toString());
        assertTrue(site.exists("en/2024/05/rail/index.html"));
    }

    @Test
    void aSectionsFileThatIsNotUtf8IsAnErrorAndTheSiteBuilds() throws Exception {
        TestSite site = site().write("sections.tsv", "gn\t国内\tChina\n".getBytes(Charset.forName("GB18030")));

        BuildResult result = site.build();

        assertEquals(List.of("sections.read"), errors(result).stream().map(Problem::code).toList(),
                errors(result).toString());
        assertTrue(errors(result).get(0).message().contains("not UTF-8"), errors(result).toString());
        assertTrue(site.exists("en/2024/05/rail/index.html"));
    }

    @Test
    void aFileWithoutPermissionSaysSo() {
        String reason = FileErrors.readReason(new AccessDeniedException("/site/articles/2024/x.en.md"));
        assertEquals("permission denied (make it readable by the user the build runs as)", reason);

        ImportedArticle source = SourceParser.unreadable("sources/a.txt", reason);

        assertEquals(List.of("sources/a.txt: error: cannot read the file: " + reason + "; nothing is imported from"
                + " it [source.read]"), source.problems().stream().map(Problem::format).toList());
    }
}
