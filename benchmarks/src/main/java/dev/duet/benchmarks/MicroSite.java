package dev.duet.benchmarks;

import dev.duet.Duet;
import dev.duet.config.SiteConfig;
import dev.duet.content.ContentFile;
import dev.duet.content.ContentReader;
import dev.duet.content.Glossary;
import dev.duet.content.ImportReport;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.BuildListener;
import dev.duet.io.SiteFiles;
import dev.duet.model.Site;
import dev.duet.render.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small generated site in a temporary folder, for the micro-benchmarks: the corpus's sources imported into
 * articles, the articles read and the site assembled, as a build does before it renders.
 */
final class MicroSite implements AutoCloseable {

    final Path dir;
    final SiteConfig config;
    final List<ContentFile> files;
    final Site site;

    private MicroSite(Path dir, SiteConfig config, List<ContentFile> files, Site site) {
        this.dir = dir;
        this.config = config;
        this.files = files;
        this.site = site;
    }

    static MicroSite create(int articles) throws IOException {
        Path dir = Files.createTempDirectory("duet-micro");
        Corpus.generate(articles, Corpus.DEFAULT_SEED).writeSources(dir.resolve("sources"));
        SiteConfig config = SiteConfig.builder(dir).baseUrl("http://localhost:8080/").build();
        ImportReport report = new Duet(config, BuildListener.silent()).importSources();
        if (report.errors() > 0) {
            throw new IllegalStateException("the generated sources should import cleanly: " + report.problems());
        }
        ContentReader.Result content = new ContentReader().readTree(SiteFiles.of(config), config.articlesDir());
        TranslationPairs.Result pairs = TranslationPairs.pair(content.files());
        Site site = Site.assemble(config, pairs.groups(), Glossary.empty());
        return new MicroSite(dir, config, content.files(), site);
    }

    /** The first article file in a language. */
    ContentFile firstArticle(String lang) {
        return files.stream().filter(f -> f.frontMatter().lang().equals(lang)).findFirst().orElseThrow();
    }

    Theme loadTheme() throws IOException {
        return Theme.load(SiteFiles.of(config), config.themeDir(), config.theme(), MicroSite.class.getClassLoader());
    }

    @Override
    public void close() throws IOException {
        Benchmark.deleteTree(dir);
    }
}
