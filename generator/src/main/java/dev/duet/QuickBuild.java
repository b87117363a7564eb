package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.content.ContentReader;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import dev.duet.io.SiteFiles;
import dev.duet.markdown.MarkdownRenderer;
import dev.duet.model.Site;
import dev.duet.output.RenderCache;
import dev.duet.output.SiteWriter;
import dev.duet.render.SiteRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A preview's rebuild after edits that change only the content of existing articles: the model of the last full
 * build is patched instead of assembled, and only the pages that show the edited articles are fingerprinted and
 * rendered, with the theme of that build. It does not apply to a new, deleted or moved file, a changed date, tag
 * or translation, a problem in the file, or any change outside the articles: those take a full build.
 */
final class QuickBuild {

    private final SiteConfig config;
    private final BuildListener listener;
    private final PreviewMemory memory;
    private final ArticleCache articles;

    QuickBuild(SiteConfig config, BuildListener listener, PreviewMemory memory) {
        this.config = config;
        this.listener = listener;
        this.memory = memory;
        this.articles = memory.articles();
    }

    /** Rebuilds the pages that show the changed articles; empty when the edit needs a full build. */
    Optional<BuildResult> run(Set<Path> changed) throws IOException {
        Optional<LastBuild.Patchable> patchable = memory.findPatchable();
        if (patchable.isEmpty() || changed.isEmpty()) {
            return Optional.empty();
        }
        LastBuild.Patchable last = patchable.get();
        long start = System.nanoTime();
        for (Path path : changed) {
            if (!path.startsWith(config.articlesDir()) || !path.getFileName().toString().endsWith(".md")
                    || !Files.isRegularFile(path) || !articles.holds(path)
                    || SiteFiles.of(config).findRefusal(config.articlesDir(), path).isPresent()) {
                return Optional.empty();
            }
        }
        ContentReader reader = new ContentReader();
        Map<Path, ContentReader.Result> edited = new TreeMap<>();
        for (Path path : changed) {
            ContentReader.Result read = reader.read(config.siteDir(), path);
            // An article with pictures is built in full: its pictures are checked and resized with the site's.
            if (!read.problems().isEmpty() || read.files().size() != 1
                    || !dev.duet.image.ImageCatalog.requests(read.files()).isEmpty()) {
                return Optional.empty();
            }
            edited.put(path, read);
        }
        Map<String, TranslationPairs.Group> regrouped = new TreeMap<>();
        for (ContentReader.Result read : edited.values()) {
            if (!last.regroup(read.files().get(0), regrouped)) {
                return Optional.empty();
            }
        }
        List<TranslationPairs.Group> groups = List.copyOf(regrouped.values());
        Optional<Site> patched = last.model().site().patch(groups, last.model().glossary());
        if (patched.isEmpty()) {
            return Optional.empty();
        }
        articles.putAll(edited);
        Site site = patched.get();
        PageRendering.Pages pages = render(site, last, groups);
        memory.afterQuickBuild(last.patched(site, groups));
        List<Problem> problems = new ArrayList<>(articles.problems());
        problems.addAll(last.pairProblems());
        problems.addAll(site.problems());
        problems.addAll(pages.problems());
        BuildResult result = new BuildResult(site.articleCount(), pages.files().size(), pages.rendered(),
                pages.written(), pages.pagesWritten(), List.of(), problems, Duration.ofNanos(System.nanoTime() - start),
                false);
        listener.info(String.format(java.util.Locale.ROOT,
                "Rebuilt the %d files that show the edited %s (%d rendered, %d written) in %d ms;"
                + " the rest of the site follows when edits pause", pages.files().size(),
                groups.size() == 1 ? "article" : "articles", pages.rendered(), pages.written(),
                result.elapsed().toMillis()));
        return Optional.of(result);
    }

    /** Renders the pages of the patched site that show the edited articles. */
    private PageRendering.Pages render(Site site, LastBuild.Patchable last, List<TranslationPairs.Group> groups)
            throws IOException {
        BuildMemory.Model model = last.model();
        SiteRenderer renderer = new SiteRenderer(site, model.theme(), model.templates(), new MarkdownRenderer(),
                memory.digests(), model.salt());
        Set<String> showing = new HashSet<>(renderer.pagesShowing(site.languages().stream()
                .flatMap(l -> l.articles().stream())
                .filter(a -> groups.stream().anyMatch(g -> g.key().equals(a.key()))).toList()));
        SiteWriter writer = new SiteWriter(config.outputDir(), config.cacheDir());
        RenderCache cache = last.cache();
        PageRendering.Pages pages;
        boolean rendered = false;
        try {
            // The patched site has the pages of the last full build, no other. The marker stays set until the next
            // full build ends: until then the render cache's file does not describe the output.
            writer.beginRewriting();
            pages = new PageRendering(config.threads(), writer, cache, () -> false, RenderProgress.none()).render(
                    renderer.tasks(showing::contains)).orElseThrow();
            rendered = true;
        } finally {
            if (!rendered) {
                memory.forgetCache();
            }
        }
        for (String path : pages.files()) {
            cache.keepRecorded(path);
        }
        return pages;
    }
}
