package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.BuildInChild;
import dev.duet.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template that grows a value without end (a text added to itself forty times) runs out of memory on its own
 * pages: they fail with an error naming the template, and the build makes the others and ends. Run in a JVM of
 * 96 MB, so that the memory runs out at once.
 */
class TemplateMemoryTest {

    @TempDir
    Path dir;

    @Test
    void aTemplateThatRunsOutOfMemoryFailsItsPagesAndTheBuildEnds() throws Exception {
        TestSite site = TestSite.in(dir).news().write("theme/templates/tags.ftlh",
                "<#assign s = \"x\"><#list 1..40 as i><#assign s = s + s></#list>${s?length}");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx96m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), BuildInChild.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), out);
        assertTrue(out.contains("Built ") && out.contains(" error"), out);
        assertTrue(Files.isRegularFile(dir.resolve("target/site/zh/index.html")), "the other pages are made");
        assertTrue(out.contains("theme/templates/tags.ftlh:1: error: template stopped: the template ran out of"
                + " memory"), out);
    }
}
