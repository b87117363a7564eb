package dev.duet.output;

import dev.duet.diagnostic.Problem;
import dev.duet.io.AtomicWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The errors of the last build of the site, kept in the cache folder beside the snapshot (which a build with errors
 * does not take): the site it wrote lacks what they concern, and {@code duet:check} reports them again. No file
 * when that build had none.
 */
public final class BuildErrors {

    static final String FILE = "build-errors.txt";

    private BuildErrors() {
    }

    /** Records the errors among {@code problems}; removes the record when there are none. */
    public static void save(Path cacheDir, List<Problem> problems) throws IOException {
        Path file = cacheDir.resolve(FILE);
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (errors.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Files.createDirectories(cacheDir);
        AtomicWriter.writeTextIfChanged(file, out -> {
            for (Problem error : errors) {
                out.write(oneLine(error.code()) + "\t" + oneLine(error.file()) + "\t" + error.line() + "\t"
                        + oneLine(error.message()) + "\n");
            }
        });
    }

    /** The errors the last build recorded; none when it recorded none, or the record cannot be read. */
    public static List<Problem> read(Path cacheDir) {
        List<Problem> errors = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(cacheDir.resolve(FILE), StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t", 4);
                if (fields.length == 4) {
                    errors.add(Problem.error(fields[0], fields[1], Integer.parseInt(fields[2]), fields[3]));
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException | RuntimeException e) {
            // A damaged record says nothing rather than something wrong.
            return List.of();
        }
        return List.copyOf(errors);
    }

    private static String oneLine(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
