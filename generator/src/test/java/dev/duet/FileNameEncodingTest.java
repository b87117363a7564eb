package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import dev.duet.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM whose locale cannot name files in Chinese (the locale C, as small CI images have it) cannot write a page at
 * a Chinese address, nor read a file with a Chinese name: each is an error naming it and saying how to run, never a
 * page silently missing from a build that says it succeeded, nor a build that stops.
 */
class FileNameEncodingTest {

    @TempDir
    Path dir;

    /** Builds the site given as the only argument and prints each problem's code and severity, then the summary. */
    public static final class Child {

        private Child() {
        }

        public static void main(String[] args) throws Exception {
            SiteConfig config = SiteConfig.builder(Path.of(args[0])).baseUrl(TestSite.BASE_URL).threads(1).build();
            BuildResult result = new Duet(config, BuildListener.silent()).build();
            result.problems().forEach(p -> System.out.println(p.code() + " " + p.severity()));
            System.out.println(result.summary());
        }
    }

    @Test
    void aPageTheLocaleCannotNameIsAnErrorAndTheRestBuilds() throws Exception {
        TestSite site = TestSite.in(dir.resolve("site")).article("2024/bridge.zh.md", """
                title: "大桥通车"
                lang: "zh"
                date: "2024-05-01"
                slug: "bridge"
                reporters:
                  - "陳嘉"
                """, "大桥今日通车。\n");
        // A file whose name the locale cannot spell: an error naming it, not a build that stops.
        site.article("2024/中文名.en.md", "title: \"Named in Chinese\"\nlang: \"en\"\ndate: \"2024-05-02\"", "Text.\n");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder child = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Child.class.getName(), site.dir().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        child.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG"));
        child.environment().put("LC_ALL", "C");
        Process process = child.start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the child build ends");
        String log = Files.readString(dir.resolve("child.log"));
        assertEquals(0, process.exitValue(), log);

        assertTrue(log.contains("build.file-name ERROR"), log);
        assertTrue(log.contains("site.file-name ERROR"), log);
        assertFalse(log.contains(" 0 errors"), log);
        assertTrue(Files.isRegularFile(site.out().resolve("zh/2024/05/bridge/index.html")), "the rest builds");
    }
}
