package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.content.Glossary;
import dev.duet.diagnostic.Problem;
import dev.duet.io.AtomicWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The site's glossary as a build uses it: a glossary that cannot be read (not YAML, not UTF-8, not pairs) is an
 * error, and the build goes on with the last version it read, kept in the cache folder, as it keeps the last reading
 * of a broken article: one stray tab would otherwise rename every tag and move every reporter's page of the site.
 * A glossary removed is no glossary; a site whose glossary was never read has none to keep.
 */
final class GlossaryReading {

    /** The last version of the glossary a build read without an error, in the cache folder. */
    static final String KEPT = "glossary-read.yaml";

    private GlossaryReading() {
    }

    /**
     * The glossary, its problems added to {@code problems}; with {@code keep}, a version read without error is kept
     * for the builds after it.
     */
    static Glossary read(SiteConfig config, List<Problem> problems, boolean keep) throws IOException {
        List<Problem> found = new ArrayList<>();
        Glossary glossary = Glossary.read(config.siteDir(), config.glossaryFile(), found);
        Path kept = config.cacheDir().resolve(KEPT);
        boolean failed = found.stream().anyMatch(Problem::isError);
        if (failed && Files.isRegularFile(kept) && config.glossaryFile().filter(Files::isRegularFile).isPresent()) {
            for (Problem problem : found) {
                problems.add(problem.isError() ? new Problem(problem.severity(), problem.code(), problem.file(),
                        problem.line(), problem.message().replace("; until then no tag or name is translated by it",
                        "") + "; until it is fixed, the build uses the last version it read") : problem);
            }
            return Glossary.read(config.siteDir(), Optional.of(kept), new ArrayList<>());
        }
        problems.addAll(found);
        Optional<Path> file = config.glossaryFile().filter(Files::isRegularFile);
        if (keep && !failed && file.isPresent()) {
            byte[] bytes = Files.readAllBytes(file.get());
            if (!Files.isRegularFile(kept) || !Arrays.equals(bytes, Files.readAllBytes(kept))) {
                new AtomicWriter().write(kept, bytes);
            }
        }
        return glossary;
    }
}
