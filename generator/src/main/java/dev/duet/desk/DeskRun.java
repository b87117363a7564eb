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

    /**
     * The findings on one story, for the preview to show on its pages: what the desk finds from the files alone
     * (a translation behind its original is told only by the digests import wrote, not by earlier runs).
     */
    public static List<Problem> notes(TranslationPairs.Group story, Glossary glossary, LocalDate today) {
        DeskHistory none = DeskHistory.empty();
        List<Problem> problems = new ArrayList<>();
        for (DeskReport.Finding f : new TranslationDesk(glossary, today, file -> "").story(story, none).findings()) {
            problems.add(Problem.warning("desk." + f.kind().id, f.file(), f.line(), f.message()));
        }
        return problems;
    }

    /**
     * What a run found, where its page is, and how many stories' texts it read: those the last run had not
     * kept, or whose files changed since.
     */
    public record Result(DeskReport report, List<Problem> problems, Path page, int storiesRead) {
    }

    /**
     * Runs the desk on {@code threads} cores.
     *
     * @param pages the page of each article file (by its path relative to the site), relative to the output folder
     * @param pageLink the link from the cache folder to a page relative to the output folder
     * @param glossaryFile the glossary's path relative to the site, where untranslated tags are reported
     */
    public static Result run(int threads, List<TranslationPairs.Group> groups, Glossary glossary,
            Map<String, String> pages,
            java.util.function.Function<String, String> pageLink, String glossaryFile, Path cacheDir,
            LocalDate today)
            throws IOException {
        DeskHistory history = DeskHistory.read(cacheDir);
        DeskMemo memo = DeskMemo.load(cacheDir, DeskMemo.keyOf(glossary));
        DeskReport report = new TranslationDesk(glossary, today, file -> pages.getOrDefault(file, ""), memo)
                .report(threads, groups, history);
        DeskFiles.write(cacheDir, report, pageLink);
        history.save(cacheDir);
        memo.save(cacheDir);
        List<Problem> problems = new ArrayList<>();
        for (DeskReport.Finding f : report.findings()) {
            problems.add(Problem.warning("desk." + f.kind().id, f.file(), f.line(), f.message()));
        }
        List<DeskReport.UntranslatedTag> tags = report.untranslatedTags();
        if (!tags.isEmpty()) {
            // One line for them all, on the file that fixes them: a site may have thousands.
            problems.add(Problem.warning("desk.untranslated-tags", glossaryFile, 0, tags.size()
                    + (tags.size() == 1 ? " tag shows" : " tags show") + " in English on Chinese pages, as the"
                    + " glossary has no Chinese name for " + (tags.size() == 1 ? "it" : "them") + "; most used: "
                    + most(tags) + "; " + DeskFiles.HTML + " and " + DeskFiles.JSON
                    + " list lines to paste into the glossary"
                    + (glossary.entries().isEmpty() ? " (the site has none yet: make this file)" : "")));
        }
        List<DeskReport.UntranslatedTag> people = report.untranslatedPeople();
        if (!people.isEmpty()) {
            problems.add(Problem.warning("desk.untranslated-people", glossaryFile, 0, people.size()
                    + (people.size() == 1 ? " reporter is" : " reporters are") + " named in Chinese characters on"
                    + " English pages, as the glossary's people: has no English name for them; most named: "
                    + most(people) + "; " + DeskFiles.HTML + " and " + DeskFiles.JSON + " list lines to paste into"
                    + " the glossary"));
        }
        return new Result(report, problems, cacheDir.resolve(DeskFiles.HTML), memo.read());
    }

    /** The five most used, each with how many articles show it. */
    private static String most(List<DeskReport.UntranslatedTag> names) {
        StringBuilder most = new StringBuilder();
        for (DeskReport.UntranslatedTag name : names.subList(0, Math.min(5, names.size()))) {
            most.append(most.length() == 0 ? "" : ", ").append('\'').append(name.tag()).append("' (")
                    .append(name.articles()).append(')');
        }
        return most + (names.size() > 5 ? ", …" : "");
    }
}
