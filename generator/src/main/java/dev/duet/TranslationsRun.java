package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.content.ContentReader;
import dev.duet.content.Glossary;
import dev.duet.content.TranslationPairs;
import dev.duet.desk.DeskReport;
import dev.duet.desk.DeskRun;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Counted;
import dev.duet.diagnostic.Problem;
import dev.duet.model.Site;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The translation desk over the site's article files: what is missing, stale, misaligned or untranslated, reported
 * as problems and written as {@code translations.json} and {@code translations.html} in the cache folder.
 */
final class TranslationsRun {

    private final SiteConfig config;
    private final BuildListener listener;

    TranslationsRun(SiteConfig config, BuildListener listener) {
        this.config = config;
        this.listener = listener;
    }

    /**
     * Reads the articles on every core (their bodies left on disk when they would take more than {@code
     * bodiesBudget}, as a build does) and runs the desk.
     */
    DeskRun.Result run(long bodiesBudget) throws IOException {
        long start = System.nanoTime();
        ContentReader.Result content = ArticleFiles.readAll(config, bodiesBudget);
        return run(TranslationPairs.pair(content.files()), start);
    }

    /** Runs the desk over stories already paired, and tells every finding. */
    DeskRun.Result run(TranslationPairs.Result pairs) throws IOException {
        return run(pairs, System.nanoTime());
    }

    /** {@link #run(TranslationPairs.Result)}, its time counted from {@code start}, reading the files included. */
    private DeskRun.Result run(TranslationPairs.Result pairs, long start) throws IOException {
        List<Problem> glossaryProblems = new ArrayList<>();
        Glossary glossary = GlossaryReading.read(config, glossaryProblems, false);
        DeskRun.Result result = report(pairs, glossary);
        result.problems().forEach(listener::problem);
        summary(result, start);
        return result;
    }

    private DeskRun.Result report(TranslationPairs.Result pairs, Glossary glossary) throws IOException {
        Map<String, String> pages = Site.pagePaths(config, pairs.groups());
        Path cache = config.cacheDir().toAbsolutePath().normalize();
        Path output = config.outputDir().toAbsolutePath().normalize();
        DeskRun.Result result = DeskRun.run(config.threads(), pairs.groups(), glossary, pages,
                page -> cache.relativize(output.resolve(page).resolve("index.html")).toString().replace('\\', '/'),
                config.glossaryFile().map(file -> SitePath.of(config, file)).orElse("glossary.yaml"),
                config.cacheDir(), LocalDate.ofInstant(config.buildTime(), ZoneOffset.ofHours(8)));
        return result;
    }

    private void summary(DeskRun.Result result, long start) {
        Map<DeskReport.Kind, Integer> counts = result.report().counts();
        listener.info(String.format(java.util.Locale.ROOT, "Translation desk in %d ms (the texts of %s"
                + " read, the others as the last run found them): %d missing, %d stale, %d misaligned, %d glossary"
                + " terms missing, %d untranslated tags; see %s",
                (System.nanoTime() - start) / 1_000_000, Counted.of(result.storiesRead(), "story", "stories"),
                counts.get(DeskReport.Kind.MISSING),
                counts.get(DeskReport.Kind.STALE), counts.get(DeskReport.Kind.MISALIGNED),
                counts.get(DeskReport.Kind.TERM), result.report().untranslatedTags().size(),
                SitePath.of(config, result.page())));
    }
}
