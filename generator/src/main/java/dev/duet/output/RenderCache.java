package dev.duet.output;

import dev.duet.io.AtomicWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fingerprint each output file was rendered from, kept in the cache folder between builds. A file whose
 * fingerprint is unchanged and which is still in the output folder need not be rendered again. A missing or
 * unreadable cache only means a full render.
 */
public final class RenderCache {

    static final String FILE = "render-cache.txt";

    private final Path file;
    private final Map<String, String> previous;
    private final Map<String, String> current = new ConcurrentHashMap<>();

    private RenderCache(Path file, Map<String, String> previous) {
        this.file = file;
        this.previous = previous;
    }

    /** Loads the fingerprints of the last build, or none. */
    public static RenderCache load(Path cacheDir) throws IOException {
        Path file = cacheDir.resolve(FILE);
        Map<String, String> previous = new ConcurrentHashMap<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    previous.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return new RenderCache(file, previous);
    }

    /** True when the file was last rendered from this fingerprint; an empty fingerprint never matches. */
    public boolean isCurrent(String path, String fingerprint) {
        return !fingerprint.isEmpty() && fingerprint.equals(previous.get(path));
    }

    /** Records the fingerprint a file was rendered from in this build. */
    public void record(String path, String fingerprint) {
        if (!fingerprint.isEmpty()) {
            current.put(path, fingerprint);
        }
    }

    /** Writes this build's fingerprints, replacing the last build's. */
    public void save() throws IOException {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(current).forEach((path, fp) -> out.append(path).append('\t').append(fp).append('\n'));
        AtomicWriter.writeOnceIfChanged(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cache as the next build of the same process sees it: this build's fingerprints are the previous ones.
     * A preview carries it from build to build instead of reading the file again.
     */
    public RenderCache afterBuild() {
        return new RenderCache(file, new ConcurrentHashMap<>(current));
    }

    /** Notes that a file now holds what {@code fingerprint} describes, for a partial build between full ones. */
    public void remember(String path, String fingerprint) {
        if (!fingerprint.isEmpty()) {
            previous.put(path, fingerprint);
        }
    }

    /** Forgets how files were rendered, when they changed since: they are rendered again even if nothing else did. */
    public void forget(Collection<String> paths) {
        paths.forEach(previous::remove);
    }

    /** The fingerprint this build recorded for a file, or an empty string. */
    public String recorded(String path) {
        return current.getOrDefault(path, "");
    }
}
