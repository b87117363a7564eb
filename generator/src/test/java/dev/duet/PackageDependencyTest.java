package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generator is a one-way pipeline: a stage's package may use only the packages listed before it here. The test
 * reads every main source file's imports (and fully qualified references) and fails on an upward edge. It also
 * keeps every source file within 400 lines.
 */
class PackageDependencyTest {

    /** The stages in dependency order; the facade, {@code dev.duet} itself, comes last. */
    private static final List<String> ORDER = List.of(
            "config", "diagnostic", "io", "source", "content", "image", "model", "markdown", "render", "search", "output",
            "check", "desk", "serve", "");

    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.duet\\.([a-z]+)\\.[A-Z]");

    /** A class longer than this does more than one job: split it by job. */
    private static final int MAX_LINES = 400;

    @Test
    void noSourceFileIsOverFourHundredLines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java/dev/duet"))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(file).size();
                if (lines > MAX_LINES) {
                    tooLong.add(file + ": " + lines + " lines");
                }
            }
        }
        assertEquals(List.of(), tooLong);
    }

    @Test
    void noStageUsesALaterStage() throws IOException {
        Path root = Path.of("src/main/java/dev/duet");
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                Path rel = root.relativize(file);
                String stage = rel.getNameCount() == 1 ? "" : rel.getName(0).toString();
                int level = ORDER.indexOf(stage);
                assertTrue(level >= 0, "package dev.duet." + stage + " is not in the stage list of this test");
                Matcher m = REFERENCE.matcher(Files.readString(file));
                while (m.find()) {
                    String used = m.group(1);
                    int usedLevel = ORDER.indexOf(used);
                    if (usedLevel > level) {
                        violations.add(rel + " uses dev.duet." + used);
                    }
                }
            }
        }
        assertTrue(files > 30, "read the generator's sources");
        assertEquals(List.of(), violations);
    }
}
