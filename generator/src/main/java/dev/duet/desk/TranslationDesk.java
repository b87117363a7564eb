package dev.duet.desk;

import dev.duet.content.ContentFile;
import dev.duet.content.Glossary;
import dev.duet.content.ImportHistory;
import dev.duet.content.TranslationPairs;
import dev.duet.desk.DeskReport.Finding;
import dev.duet.desk.DeskReport.Kind;
import dev.duet.io.Parallel;
import dev.duet.model.ParallelText;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Looks at every story as a translation desk does: a story with one language only, a translation whose original
 * was edited after it, two versions that disagree (paragraphs that do not fit, dates, tags), a glossary term one
 * version has and the other lacks, and the tags the glossary does not translate.
 */
public final class TranslationDesk {

    private final Glossary glossary;
    private final TermIndex terms;
    private final LocalDate today;
    /** The page of each article file, relative to the output folder. */
    private final Function<String, String> pageOf;
    /** What the last run found in the stories' texts. */
    private final DeskMemo memo;

    /**
     * @param today the day ages are counted to
     * @param pageOf the page of an article file (its path relative to the site), relative to the output folder
     */
    public TranslationDesk(Glossary glossary, LocalDate today, Function<String, String> pageOf) {
        this(glossary, today, pageOf, DeskMemo.none());
    }

    /** A desk that takes what {@code memo} kept of the stories whose files are as they were, and keeps the rest. */
    TranslationDesk(Glossary glossary, LocalDate today, Function<String, String> pageOf, DeskMemo memo) {
        this.glossary = glossary;
        this.terms = new TermIndex(glossary);
        this.today = today;
        this.pageOf = pageOf;
        this.memo = memo;
    }

    /** What the desk found of one story. */
    record Story(List<Finding> findings, List<String> untranslatedTags, List<String> untranslatedPeople,
            String file) {
    }

    /**
     * The report on every story, looked at on {@code threads} cores, with what the runs before this one saw
     * ({@code history}, updated here).
     */
    DeskReport report(int threads, List<TranslationPairs.Group> groups, DeskHistory history) throws IOException {
        List<Story> stories = Parallel.map(threads, groups, group -> story(group, history));
        List<Finding> findings = new ArrayList<>();
        Map<String, int[]> tagCounts = new LinkedHashMap<>();
        Map<String, String> tagNames = new LinkedHashMap<>();
        Map<String, String> tagExamples = new LinkedHashMap<>();
        Map<String, int[]> personCounts = new LinkedHashMap<>();
        Map<String, String> personExamples = new LinkedHashMap<>();
        for (Story story : stories) {
            findings.addAll(story.findings());
            for (String tag : story.untranslatedTags()) {
                String key = Glossary.normalize(tag);
                tagCounts.computeIfAbsent(key, k -> new int[1])[0]++;
                tagNames.putIfAbsent(key, tag);
                tagExamples.putIfAbsent(key, story.file());
            }
            for (String name : story.untranslatedPeople()) {
                personCounts.computeIfAbsent(name, k -> new int[1])[0]++;
                personExamples.putIfAbsent(name, story.file());
            }
        }
        return new DeskReport(findings, mostUsed(tagCounts, tagNames::get, tagExamples),
                mostUsed(personCounts, name -> name, personExamples), glossary.hasPeople());
    }

    /** Names by their key, each as {@code name} gives it, with its count and example, the most used first. */
    private static List<DeskReport.UntranslatedTag> mostUsed(Map<String, int[]> counts,
            Function<String, String> name, Map<String, String> examples) {
        List<DeskReport.UntranslatedTag> found = new ArrayList<>();
        counts.forEach((key, count) -> found.add(new DeskReport.UntranslatedTag(name.apply(key), count[0],
                examples.get(key))));
        found.sort((a, b) -> a.articles() != b.articles() ? Integer.compare(b.articles(), a.articles())
                : a.tag().compareTo(b.tag()));
        return found;
    }

    /**
     * One story: each file's body read once. A withdrawn story ({@code unpublished: true} on either file) needs no
     * translator: the desk says nothing of it.
     */
    Story story(TranslationPairs.Group group, DeskHistory history) {
        if (group.files().stream().anyMatch(f -> f.frontMatter().publication().unpublished())) {
            return new Story(List.of(), List.of(), List.of(), group.files().get(0).path());
        }
        List<Finding> findings = new ArrayList<>();
        List<String> untranslated = group.zh().map(this::untranslatedTags).orElse(List.of());
        List<String> people = untranslatedPeople(group);
        String file = group.zh().or(group::en).orElseThrow().path();
        if (group.zh().isEmpty() || group.en().isEmpty()) {
            ContentFile only = group.files().get(0);
            history.see(only.path(), only.body());
            findings.add(finding(Kind.MISSING, only, 0, Optional.empty(), "no "
                    + (group.zh().isEmpty() ? "Chinese" : "English") + " version" + age(only)));
            return new Story(findings, untranslated, people, file);
        }
        ContentFile zh = group.zh().get();
        ContentFile en = group.en().get();
        Optional<DeskMemo.Key> key = memo.story(zh, en, pageOf);
        Optional<DeskMemo.Texts> read = key.flatMap(memo::take).or(() -> texts(zh, en));
        // A file kept from its last reading may no longer hold its text: the build reports it, and the desk reads
        // the story's texts once the file can be read.
        DeskMemo.Texts texts = read.orElse(new DeskMemo.Texts(Optional.empty(), Optional.empty(), List.of()));
        read.ifPresent(told -> key.ifPresent(k -> memo.keep(k, told)));
        stale(zh, en, texts, history).ifPresent(findings::add);
        findings.addAll(texts.findings());
        return new Story(findings, untranslated, people, file);
    }

    /** What a story's texts tell: each body read once; empty when a file no longer holds its text. */
    private Optional<DeskMemo.Texts> texts(ContentFile zh, ContentFile en) {
        memo.readAgain();
        // Aligned as the 中英对照 page shows them, without the editors' comments.
        Optional<String> zhText = zh.body().findText().map(dev.duet.content.HtmlComments::strip);
        Optional<String> enText = en.body().findText().map(dev.duet.content.HtmlComments::strip);
        if (zhText.isEmpty() || enText.isEmpty()) {
            return Optional.empty();
        }
        String zhBody = zhText.get();
        String enBody = enText.get();
        List<Finding> findings = new ArrayList<>();
        misaligned(zh, zhBody, en, enBody, findings);
        missingTerms(zh, zhBody, en, enBody, findings);
        return Optional.of(new DeskMemo.Texts(ImportHistory.editedSinceImport(zh, zhBody),
                ImportHistory.editedSinceImport(en, enBody), List.copyOf(findings)));
    }

    private Finding finding(Kind kind, ContentFile file, int line, Optional<ContentFile> other, String message) {
        return new Finding(kind, file.path(), line, file.frontMatter().title(), pageOf.apply(file.path()),
                other.map(ContentFile::path).orElse(""), message);
    }

    private String age(ContentFile file) {
        boolean draft = file.frontMatter().draft();
        return file.frontMatter().date().map(d -> {
            long days = ChronoUnit.DAYS.between(d, today);
            if (draft) {
                return ", a draft dated " + d;
            }
            return days >= 0 ? ", published " + d + " (" + days + (days == 1 ? " day" : " days") + " ago)"
                    : ", dated " + d + " (in " + -days + (days == -1 ? " day" : " days") + ")";
        }).orElse(draft ? ", an undated draft" : ", undated");
    }

    /**
     * An English translation whose Chinese original changed after it: by the digests import wrote (the Chinese text
     * or title edited since import, the English not), or else by the runs of the desk that saw each text change
     * (the Chinese text changed since the two were last in step, and the English did not).
     */
    private Optional<Finding> stale(ContentFile zh, ContentFile en, DeskMemo.Texts texts, DeskHistory history) {
        DeskHistory.Seen zhSeen = history.see(zh.path(), zh.body());
        DeskHistory.Seen enSeen = history.see(en.path(), en.body());
        boolean behind = history.behind(zh.path(), zhSeen, enSeen);
        Optional<Set<String>> zhEdited = texts.zhEdited();
        Optional<Set<String>> enEdited = texts.enEdited();
        if (zhEdited.isPresent() && enEdited.isPresent()) {
            List<String> behindImport = new ArrayList<>();
            for (String field : List.of("title", "body")) {
                if (zhEdited.get().contains(field) && !enEdited.get().contains(field)) {
                    behindImport.add(field.equals("body") ? "text" : "title");
                }
            }
            if (!behindImport.isEmpty()) {
                return Optional.of(finding(Kind.STALE, en, 0, Optional.of(zh), "the Chinese "
                        + String.join(" and ", behindImport) + (behindImport.size() == 1 ? " was" : " were")
                        + " edited since import, and this translation's " + (behindImport.size() == 1 ? "was" : "were")
                        + " not: it may need the same change"));
            }
        }
        if (behind) {
            return Optional.of(finding(Kind.STALE, en, 0, Optional.of(zh), "the Chinese text changed after this"
                    + " translation last did: it may need the same change"));
        }
        return Optional.empty();
    }

    private static String language(ContentFile file) {
        return file.frontMatter().lang().equals("zh") ? "Chinese" : "English";
    }

    /**
     * Dates, tags and paragraphs that disagree; reported on the English file, where the translation is, but for a
     * Chinese paragraph with no translation, reported where it is.
     */
    private void misaligned(ContentFile zh, String zhBody, ContentFile en, String enBody, List<Finding> findings) {
        if (zh.frontMatter().date().isPresent() && en.frontMatter().date().isPresent()
                && !zh.frontMatter().date().equals(en.frontMatter().date())) {
            findings.add(finding(Kind.MISALIGNED, en, 0, Optional.of(zh), "dated " + en.frontMatter().date().get()
                    + ", the Chinese version " + zh.frontMatter().date().get()));
        }
        Set<String> zhTags = tagKeys(zh);
        Set<String> enTags = tagKeys(en);
        if (!zhTags.equals(enTags)) {
            Set<String> onlyZh = new TreeSet<>(zhTags);
            onlyZh.removeAll(enTags);
            Set<String> onlyEn = new TreeSet<>(enTags);
            onlyEn.removeAll(zhTags);
            findings.add(finding(Kind.MISALIGNED, en, 0, Optional.of(zh), "tags differ: only in Chinese "
                    + onlyZh + ", only in English " + onlyEn));
        }
        List<ParallelText.Misfit> misfits = ParallelText.misfits(zhBody, enBody);
        if (!misfits.isEmpty()) {
            findings.add(misfit(zh, zhBody.isBlank(), en, enBody.isBlank(), misfits));
        } else if (zhBody.isBlank() != enBody.isBlank()) {
            // Short paragraphs without a counterpart are no misfit (a credit, "(完)"), but a whole text left out is.
            ContentFile empty = zhBody.isBlank() ? zh : en;
            findings.add(finding(Kind.MISALIGNED, empty, empty.bodyLine(), Optional.of(empty == zh ? en : zh),
                    "the " + language(empty) + " text is empty, and its translation's is not"));
        }
    }

    /**
     * The paragraphs that do not fit, in one finding at the first: on the Chinese file when its paragraph has no
     * translation (added there, or left out of the English), else on the English file, at the paragraph's line.
     */
    private Finding misfit(ContentFile zh, boolean zhEmpty, ContentFile en, boolean enEmpty,
            List<ParallelText.Misfit> misfits) {
        ParallelText.Misfit first = misfits.get(0);
        String count = (zhEmpty ? "the Chinese text is empty, and " : enEmpty ? "the English text is empty, and "
                : "") + misfits.size() + (misfits.size() == 1 ? " paragraph does" : " paragraphs do")
                + " not fit its translation, first at row " + (first.row() + 1) + ": ";
        if (first.rightLine().isEmpty()) {
            return finding(Kind.MISALIGNED, zh, zh.bodyLine() + first.leftLine().orElse(0), Optional.of(en), count
                    + "\"" + first.left() + "\" has no English paragraph (added here, or left out of the"
                    + " translation?)");
        }
        String beside = first.leftLine().isEmpty() ? "has no Chinese paragraph (added here, or left out of the"
                + " original?)" : "beside \"" + first.left() + "\" (line " + (zh.bodyLine() + first.leftLine()
                .getAsInt()) + " of the Chinese text): a paragraph left out, added or moved?";
        return finding(Kind.MISALIGNED, en, en.bodyLine() + first.rightLine().getAsInt(), Optional.of(zh), count
                + "\"" + first.right() + "\" " + beside);
    }

    /** A file's tags as the glossary names them in English, so that 王毅 and Wang Yi are the same tag. */
    private Set<String> tagKeys(ContentFile file) {
        Set<String> keys = new TreeSet<>();
        for (String tag : file.frontMatter().tags()) {
            keys.add(glossary.find(tag).map(Glossary.Entry::en).orElse(Glossary.normalize(tag)));
        }
        return keys;
    }

    /** A glossary term one version's title or text has and the other's lacks: one finding a term. */
    private void missingTerms(ContentFile zh, String zhBody, ContentFile en, String enBody, List<Finding> findings) {
        // The glossary names terms in one script: a Traditional Chinese text (港珠澳大橋) would never hold the
        // Simplified name (港珠澳大桥), and every term would be reported missing.
        if (terms.isEmpty() || zh.frontMatter().script().filter("Hant"::equals).isPresent()) {
            return;
        }
        String zhText = zh.frontMatter().title() + "\n" + zhBody;
        String enText = en.frontMatter().title() + "\n" + en.frontMatter().headline().orElse("") + "\n" + enBody;
        Set<TermIndex.Term> inZh = terms.inChinese(zhText);
        Set<TermIndex.Term> inEn = terms.inEnglish(enText);
        for (TermIndex.Term term : inZh) {
            if (!inEn.contains(term)) {
                findings.add(finding(Kind.TERM, en, 0, Optional.of(zh), "the Chinese text has "
                        + term.entry().zh() + ", this one has no " + String.join(" / ", term.englishForms())));
            }
        }
        for (TermIndex.Term term : inEn) {
            if (!inZh.contains(term)) {
                findings.add(finding(Kind.TERM, zh, 0, Optional.of(en), "the English text has "
                        + term.englishForms().get(0) + ", this one has no " + term.entry().zh()));
            }
        }
    }

    /** The tags a Chinese file shows in English because the glossary lacks them. */
    private List<String> untranslatedTags(ContentFile zh) {
        return zh.frontMatter().tags().stream().filter(tag -> glossary.find(tag).isEmpty() && !hasHan(tag)).toList();
    }

    /**
     * The reporters a story's English page names in Chinese characters, as the glossary's {@code people:} has no
     * English name for them: the English file's own, else the Chinese file's (as the page shows them), each in
     * Simplified characters, as the glossary may name them.
     */
    private List<String> untranslatedPeople(TranslationPairs.Group group) {
        if (group.en().isEmpty()) {
            return List.of();
        }
        List<String> own = group.en().get().frontMatter().reporters();
        List<String> shown = !own.isEmpty() ? own : group.zh().map(f -> f.frontMatter().reporters()).orElse(List.of());
        List<String> names = new ArrayList<>();
        for (String name : shown) {
            String simplified = dev.duet.io.TraditionalFold.text(name.strip());
            Optional<Glossary.Entry> entry = glossary.findPerson(name);
            if (hasHan(name) && entry.filter(e -> !hasHan(e.en())).isEmpty() && !names.contains(simplified)) {
                names.add(simplified);
            }
        }
        return names;
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
