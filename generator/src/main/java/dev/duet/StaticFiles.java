package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.Problem;
import dev.duet.io.SiteFiles;
import dev.duet.output.OutputPaths;
import dev.duet.render.RenderTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The site's own {@code static/} folder, copied as it is; it wins over the theme's files of the same name. A file
 * whose name no web address can hold (a line break in it) is named in a warning and left out.
 *
 * @param tasks one copy task per file
 * @param problems a warning for each file it cannot publish, and each link out of the site left out
 */
record StaticFiles(List<RenderTask> tasks, List<Problem> problems) {

    StaticFiles {
        tasks = List.copyOf(tasks);
        problems = List.copyOf(problems);
    }

    static StaticFiles list(SiteConfig config) throws IOException {
        Path dir = config.staticDir();
        SiteFiles files = SiteFiles.of(config);
        SiteFiles.Listing listing = files.list(dir, "");
        List<Problem> problems = new ArrayList<>(listing.problems());
        OutputPaths output = new OutputPaths(config.outputDir());
        List<RenderTask> tasks = new ArrayList<>();
        for (Path file : listing.files()) {
            String path = dir.relativize(file).toString().replace('\\', '/');
            if (output.find(path).isEmpty()) {
                problems.add(Problem.warning("static.name", files.display(file), 0, "the file's name holds a control"
                        + " character (shown escaped), which no web address can carry, so it is not published;"
                        + " rename the file"));
                continue;
            }
            tasks.add(new RenderTask(path, () -> {
                try {
                    return RenderTask.Result.of(Files.readAllBytes(file));
                } catch (IOException e) {
                    return RenderTask.Result.failed(Problem.error("static.read", SitePath.of(config, file), 0,
                            "cannot read: " + e.getMessage()));
                }
            }));
        }
        return new StaticFiles(tasks, problems);
    }
}
