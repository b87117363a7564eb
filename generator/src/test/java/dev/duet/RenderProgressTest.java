package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RenderProgressTest {

    private static BuildListener into(List<String> lines) {
        return new BuildListener() {
            @Override
            public void problem(Problem problem) {
            }

            @Override
            public void info(String message) {
                lines.add(message);
            }
        };
    }

    @Test
    void saysHowManyFilesAreDoneOncePerInterval() {
        List<String> lines = new CopyOnWriteArrayList<>();
        RenderProgress progress = new RenderProgress(into(lines), 57_232, System.nanoTime(), 0);
        progress.fileDone();
        progress.fileDone();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("Rendering: 2 of 57,232 files done ("), lines.get(1));
    }

    @Test
    void aShortBuildSaysNothing() {
        List<String> lines = new CopyOnWriteArrayList<>();
        RenderProgress progress = new RenderProgress(into(lines), 100, System.nanoTime(), TimeUnit.HOURS.toNanos(1));
        for (int i = 0; i < 100; i++) {
            progress.fileDone();
        }
        assertTrue(lines.isEmpty(), lines.toString());
    }
}
