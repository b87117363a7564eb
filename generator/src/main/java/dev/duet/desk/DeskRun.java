package dev.duet.desk;

import dev.duet.content.Glossary;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One run of the translation desk over a site's stories: the report, with what the runs before saw of each text,
 * written into the cache folder as JSON and as a page, and told as problems, one a finding.
 */
public final class DeskRun {

    private DeskRun() {
    }

    /** What a run found and where its page is. */
    public record Result(DeskReport report, List<Problem> problems, Path page) {
    }

    /**
     * Runs the desk on {@code threads} cores.
     *
     * @param pages the page of each article file (by its path relative to the site), relative to the output folder
     * @param pageLink the link from the cache folder to a page relative to the output folder
     */
    public static Result run(int threads, List<TranslationPairs.Group> groups, Glossary glossary,
            Map<String, String> pages,
            java.util.function.Function<String, String> pageLink, Path cacheDir, LocalDate today)
            throws IOException {
        DeskHistory history = DeskHistory.read(cacheDir);
        DeskReport report = new TranslationDesk(glossary, today, file -> pages.getOrDefault(file, ""))
                .report(threads, groups, history);
        DeskFiles.write(cacheDir, report, pageLink);
        history.save(cacheDir);
        List<Problem> problems = new ArrayList<>();
        for (DeskReport.Finding f : report.findings()) {
            problems.add(Problem.warning("desk." + f.kind().id, f.file(), f.line(), f.message()));
        }
        for (DeskReport.UntranslatedTag tag : report.untranslatedTags()) {
            problems.add(Problem.warning("desk.untranslated-tag", tag.example(), 0, "the tag '" + tag.tag()
                    + "' shows in English on " + tag.articles() + " Chinese " + (tag.articles() == 1 ? "page" : "pages")
                    + ": the glossary has no Chinese name for it (" + DeskFiles.HTML + " lists the entries to add)"));
        }
        return new Result(report, problems, cacheDir.resolve(DeskFiles.HTML));
    }
}
