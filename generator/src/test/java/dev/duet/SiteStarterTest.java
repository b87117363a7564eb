package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteStarterTest {
    @TempDir
    Path folder;

    private static SiteStarter.Settings settings() {
        return new SiteStarter.Settings("org.example.news", "my-news", "https://news.example.org/", "9.9.9",
                "我的<新闻>", "My News & Views");
    }

    @Test
    void writesASiteThatImportsAndBuilds() throws Exception {
        SiteStarter.Result result = SiteStarter.write(folder, settings());
        assertEquals(List.of(".github/workflows/site.yml", ".gitignore", "glossary.yaml", "pom.xml",
                "sources/001_rail_opening.txt", "sources/002_nev_exports.txt"), result.written());
        assertTrue(result.kept().isEmpty());
        assertTrue(Files.isDirectory(folder.resolve("static")));

        String pom = Files.readString(folder.resolve("pom.xml"));
        assertTrue(pom.contains("<duet.version>9.9.9</duet.version>"), pom);
        assertTrue(pom.contains("<duet.baseUrl>https://news.example.org/</duet.baseUrl>"));
        assertTrue(pom.contains("<artifactId>my-news</artifactId>"));
        assertTrue(pom.contains("<duet.titleZh>我的&lt;新闻&gt;</duet.titleZh>") && pom.contains("My News &amp; Views"));
        assertTrue(pom.contains("<artifactId>maven-site-plugin</artifactId><version>3.22.0</version>"));
        assertFalse(pom.contains("@"), "a placeholder was left in the pom");

        SiteConfig config = SiteConfig.builder(folder).baseUrl("https://news.example.org/").build();
        Duet duet = new Duet(config, BuildListener.silent());
        assertTrue(duet.importSources().problems().isEmpty());
        BuildResult built = duet.build();
        assertTrue(built.problems().stream().noneMatch(p -> p.isError()), built.problems().toString());
        assertTrue(Files.isRegularFile(folder.resolve("target/site/zh/index.html")));
        assertTrue(duet.check().stream().noneMatch(p -> p.isError()));
    }

    @Test
    void keepsEveryFileThatIsAlreadyThere() throws Exception {
        Files.writeString(folder.resolve("pom.xml"), "<project>mine</project>");
        Files.createDirectories(folder.resolve("sources"));
        Files.writeString(folder.resolve("sources/001_rail_opening.txt"), "my own source");
        SiteStarter.Result result = SiteStarter.write(folder, settings());
        assertEquals(List.of("pom.xml", "sources/001_rail_opening.txt"), result.kept());
        assertEquals("<project>mine</project>", Files.readString(folder.resolve("pom.xml")));
        assertEquals("my own source", Files.readString(folder.resolve("sources/001_rail_opening.txt")));
        assertTrue(result.written().contains("glossary.yaml"));

        SiteStarter.Result again = SiteStarter.write(folder, settings());
        assertTrue(again.written().isEmpty(), again.toString());
    }

    @Test
    void knowsAPomThatUsesDuetAlready() throws Exception {
        assertFalse(SiteStarter.usesDuet(folder));
        Files.writeString(folder.resolve("pom.xml"), "<project>mine</project>");
        assertFalse(SiteStarter.usesDuet(folder));
        Files.delete(folder.resolve("pom.xml"));
        SiteStarter.write(folder, settings());
        assertTrue(SiteStarter.usesDuet(folder));
    }

    @Test
    void refusesNamesThatWouldBreakThePom() {
        SiteStarter.Settings bad = new SiteStarter.Settings("org.example", "my site</artifactId>",
                "javascript:alert(1)", "1.0", "新闻", "News");
        List<String> problems = SiteStarter.problems(bad);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("-Dduet.artifactId") && problems.get(1).contains("-Dduet.baseUrl"));
        assertThrows(IllegalArgumentException.class, () -> SiteStarter.write(folder, bad));
        assertFalse(Files.exists(folder.resolve("pom.xml")));
    }
}
