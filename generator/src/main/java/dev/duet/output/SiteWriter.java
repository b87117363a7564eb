package dev.duet.output;

import dev.duet.diagnostic.Problem;
import dev.duet.io.AtomicWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Writes the site's files into the output folder and removes the files an earlier build wrote that this build no
 * longer makes. It writes only files whose bytes changed (so unchanged pages keep their timestamps and a no-change
 * rebuild writes nothing), each atomically, and it never touches a file outside the output folder or one it did
 * not write itself: the list of files it wrote is kept in the cache folder.
 */
public final class SiteWriter {

    static final String MANIFEST = "output-manifest.txt";

    private final OutputPaths paths;
    private final Path manifest;
    private final AtomicWriter files;

    /** A writer for a site that may be served while it is written: every file is replaced atomically. */
    public SiteWriter(Path outputDir, Path cacheDir) {
        this(outputDir, cacheDir, false);
    }

    /**
     * @param newFilesInPlace write files that do not exist yet straight to their names (see {@link AtomicWriter});
     *     for a publishing build, which nobody reads while it runs
     */
    public SiteWriter(Path outputDir, Path cacheDir, boolean newFilesInPlace) {
        this.paths = new OutputPaths(outputDir);
        this.manifest = cacheDir.resolve(MANIFEST);
        this.files = new AtomicWriter(newFilesInPlace);
    }

    /** Writes a file of the site only when its bytes changed; true when it wrote. */
    public boolean writeIfChanged(Path file, byte[] bytes) throws IOException {
        return files.writeIfChanged(file, bytes);
    }

    /** The file a site path is written to, or empty when the path would leave the output folder. */
    public Optional<Path> find(String sitePath) {
        return paths.find(sitePath);
    }

    /**
     * Records the files this build made and deletes those the previous build made but this one did not. Returns
     * the deleted paths.
     */
    public List<String> finish(Collection<String> written, List<Problem> problems) throws IOException {
        // Sorted and distinct in an array, and the manifests streamed: a large site lists half a million files.
        String[] now = written.stream().sorted().distinct().toArray(String[]::new);
        List<String> deleted = new ArrayList<>();
        if (Files.isRegularFile(manifest)) {
            try (BufferedReader lines = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
                for (String old = lines.readLine(); old != null; old = lines.readLine()) {
                    if (old.isBlank() || Arrays.binarySearch(now, old) >= 0) {
                        continue;
                    }
                    var file = paths.find(old);
                    if (file.isPresent() && Files.isRegularFile(file.get(), LinkOption.NOFOLLOW_LINKS)) {
                        Files.delete(file.get());
                        deleted.add(old);
                        removeEmptyParents(file.get());
                    }
                }
            }
        }
        AtomicWriter.writeTextIfChanged(manifest, out -> {
            for (String path : now) {
                out.write(path);
                out.write('\n');
            }
        });
        return deleted;
    }

    private void removeEmptyParents(Path file) throws IOException {
        Path dir = file.getParent();
        while (dir != null && !dir.equals(paths.root()) && dir.startsWith(paths.root())) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(dir);
            dir = dir.getParent();
        }
    }
}
