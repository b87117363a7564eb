package dev.duet.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputPathsTest {

    @TempDir
    Path dir;

    @Test
    void findsPlainPathsBelowTheRoot() {
        OutputPaths paths = new OutputPaths(dir);
        for (String path : List.of("index.html", "zh/2024/05/slug/index.html", ".nojekyll", ".well-known/x",
                "a..b/c", "..a", "a.", "search/zh/shard-0f.json", "标签/index.html")) {
            assertEquals(Optional.of(dir.resolve(path)), paths.find(path), path);
        }
    }

    @Test
    void refusesPathsThatCouldLeaveTheRoot() {
        OutputPaths paths = new OutputPaths(dir);
        for (String path : List.of("", "/", "/etc/passwd", "..", ".", "../x", "a/../../x", "a/./b", "a//b", "a/",
                "a/..", "a\\b", "a\u0000b", "a\nb", "a\u007fb", "./a")) {
            assertTrue(paths.find(path).isEmpty(), path.replace("\n", "\\n"));
        }
    }
}
