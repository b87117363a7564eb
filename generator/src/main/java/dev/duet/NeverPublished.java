package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.Problem;
import dev.duet.model.Lifecycle;
import dev.duet.model.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Withdrawn articles that no build of this output folder published: {@code unpublished: true} gives such an article a
 * page saying it was withdrawn, at an address made from its headline, where {@code draft: true} keeps a story that
 * was never out off the site. Said once, by the build that first writes that page; a build into an empty folder (a
 * runner that starts empty) cannot tell, and says nothing.
 */
final class NeverPublished {

    private NeverPublished() {
    }

    static List<Problem> check(SiteConfig config, Site site) {
        Path out = config.outputDir();
        if (!Files.isRegularFile(out.resolve("index.html"))) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        for (Lifecycle.Withdrawn withdrawn : site.lifecycle().withdrawn()) {
            if (!Files.exists(out.resolve(withdrawn.path()).resolve("index.html"))) {
                problems.add(Problem.warning("content.withdrawn-unpublished", withdrawn.file(), 0, "withdrawn"
                        + " ('unpublished: true') though no build published it: its address, /" + withdrawn.path()
                        + ", now has a page saying it was withdrawn; to keep a story that was never out off the"
                        + " site, write 'draft: true' instead"));
            }
        }
        return problems;
    }
}
