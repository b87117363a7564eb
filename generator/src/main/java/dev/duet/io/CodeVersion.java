package dev.duet.io;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * The version of Duet's code that runs, for the caches a build or a check keeps: what one version wrote, another
 * does not trust.
 */
public final class CodeVersion {

    private CodeVersion() {
    }

    /**
     * The version of the code of {@code type}: the size and time of the jar it runs from, or, run from a folder of
     * classes (in development), the newest time and the count of the classes of its package; a value no other run
     * gives when neither can be read.
     */
    public static String of(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "unknown";
            }
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return "jar " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
            }
            Path classes = location.resolve(type.getPackageName().replace('.', '/'));
            try (Stream<Path> files = Files.list(classes)) {
                long[] newest = {0, 0};
                files.forEach(file -> {
                    newest[0] = Math.max(newest[0], file.toFile().lastModified());
                    newest[1]++;
                });
                return "classes " + newest[0] + " " + newest[1];
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown " + System.nanoTime();
        }
    }
}
