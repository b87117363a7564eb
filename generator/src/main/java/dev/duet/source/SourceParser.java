package dev.duet.source;

import dev.duet.diagnostic.Problem;
import dev.duet.diagnostic.Problems;
import dev.duet.io.ControlCharacters;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one untrusted source file into an {@link ImportedArticle}: a Chinese title and paragraphs, a marker line
 * such as {@code 英语如下:}, the English block ({@code **Title: …**}, {@code Keywords:}, {@code **News Content:**}, a
 * headline, paragraphs), then {@code 【来源】<url>} and {@code Views: N}. Either language may be missing. Text is
 * kept exactly as written (trimmed); nothing is escaped or invented: the year comes only from the source URL.
 * Whatever is wrong becomes a {@link Problem} naming the file and line; {@link #parse} never throws. One instance
 * may be shared by threads: it holds only immutable helpers.
 */
public final class SourceParser {

    /** The code of the warning that an article's year of publication is unknown. */
    public static final String NO_DATE = "source.no-date";

    /** More keywords than this are noise for readers and search engines alike. */
    static final int MAX_KEYWORDS = 50;

    private final SourceDecoder decoder = new SourceDecoder();
    private final SourceLines splitter = new SourceLines();
    private final LineClassifier classifier = new LineClassifier();
    private final KeywordSplitter keywordSplitter = new KeywordSplitter();
    private final SourceUrlReader urls = new SourceUrlReader();
    private final ScriptDetector scripts = new ScriptDetector();
    private final ChineseBylineReader bylines = new ChineseBylineReader();
    private final ChineseTextReader chinese = new ChineseTextReader(classifier, bylines, scripts);
    private final EnglishTextReader english = new EnglishTextReader(classifier, new EnglishBylineReader());
    private final EnglishFirst englishFirst = new EnglishFirst(classifier, scripts, bylines);

    public SourceParser() {
    }

    public ImportedArticle parse(String sourceFile, byte[] bytes) {
        String file = sourceFile == null ? "" : sourceFile;
        try {
            return withoutNoise(read(file, bytes == null ? new byte[0] : bytes));
        } catch (RuntimeException e) {
            // The contract is "never throws": one bad file must not stop an import of thousands. A failure here is
            // a bug in Duet, so the message asks for the file rather than blaming it.
            return new ImportedArticle(file, "unknown", Optional.empty(), Optional.empty(), List.of(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    List.of(Problem.error("source.internal", file, 0, "Duet could not read this file because of a"
                            + " bug (" + e + "); please report it with the file attached")));
        }
    }

    /** A source file that cannot be read at all (no permission to, an error of the disk): an error saying why. */
    public static ImportedArticle unreadable(String sourceFile, String reason) {
        return new ImportedArticle(sourceFile, "unknown", Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(Problem.error("source.read", sourceFile, 0, "cannot read the file: " + reason
                        + "; nothing is imported from it")));
    }

    /**
     * The article less the warnings found in a text whose bytes are not what they claim to be: a file with an
     * encoding error is not imported, and what else its garbled text seems to lack is noise beside that error.
     */
    private static ImportedArticle withoutNoise(ImportedArticle article) {
        if (article.problems().stream().noneMatch(p -> p.isError() && p.code().equals("source.encoding"))) {
            return article;
        }
        return new ImportedArticle(article.sourceFile(), article.encoding(), article.zh(), article.en(),
                article.keywords(), article.source(), article.views(), article.date(), article.monthDay(),
                article.problems().stream().filter(Problem::isError).toList());
    }

    /**
     * The text without the control characters no page can show and no feed may hold (a stray backspace or bell
     * pasted into a title), said once with the line of the first.
     */
    private static String withoutControls(String file, String text, Problems problems) {
        int first = ControlCharacters.first(text);
        if (first < 0) {
            return text;
        }
        String stripped = ControlCharacters.strip(text);
        int line = 1 + (int) text.chars().limit(first).filter(c -> c == '\n').count();
        problems.warning("source.control-character", file, line, (text.length() - stripped.length())
                + " control character" + (text.length() - stripped.length() == 1 ? "" : "s") + " (the first U+"
                + String.format(java.util.Locale.ROOT, "%04X", (int) text.charAt(first)) + ") left out of the import:"
                + " no page can show one, and a feed that held one would not be XML");
        return stripped;
    }

    private ImportedArticle read(String file, byte[] bytes) {
        Problems problems = new Problems();
        DecodedSource decoded = decoder.decode(file, bytes);
        problems.addAll(decoded.problems());
        String encoding = decoded.encoding();
        if (decoded.text().isBlank()) {
            if (!problems.hasErrors()) {
                problems.error("source.empty", file, 0, "file is empty: nothing to import; delete it or add an article");
            }
            return nothing(file, encoding, problems);
        }
        // A byte order mark past the start (two files joined) is no character of the text: it would keep a marker
        // line from being seen and reach the title.
        String text = decoded.text().indexOf('\uFEFF') < 0 ? decoded.text() : decoded.text().replace("\uFEFF", "");
        List<SourceLine> lines = splitter.split(file, withoutControls(file, text, problems), problems);
        List<ClassifiedLine> classified = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            classified.add(new ClassifiedLine(line, classifier.classify(line)));
        }
        classifier.creditsAsText(classified, urls);
        classified = englishFirst.inUsualOrder(file, classified, problems);
        Optional<ClassifiedLine> firstLine = Optional.empty();
        for (ClassifiedLine line : classified) {
            if (line.kind() != LineKind.BLANK) {
                firstLine = Optional.of(line);
                break;
            }
        }
        if (firstLine.isPresent() && isFrontMatterFence(firstLine.get().line())) {
            problems.error("source.front-matter", file, firstLine.get().number(), "file starts with `---`: it looks"
                    + " like a Markdown file with front matter, not a source file; put it in articles/");
            return nothing(file, encoding, problems);
        }

        Metadata meta = readMetadata(file, classified, problems);
        Blocks blocks = splitBlocks(file, classified, meta.marker(), problems);
        var joined = blocks.en().stream().filter(l -> bylines.startsWithDateline(l.text())).findFirst();
        if (joined.isPresent()) {
            problems.error("source.two-stories", file, joined.get().number(), "a Chinese story opens here ("
                    + shorten(joined.get().text().strip()) + "), inside the English block: the file holds two stories"
                    + " joined, so nothing is imported from it; split it into one file a story");
            return nothing(file, encoding, problems);
        }
        Optional<ReadText> zh = chinese.read(file, blocks.zh(), problems);
        Optional<ReadText> en = english.read(file, blocks.en(), problems);
        if (meta.marker().isPresent() && blocks.en().isEmpty()) {
            problems.warning("source.empty-block", file, meta.marker().get().number(), "the marker line is followed"
                    + " by no English text; add the English block below it or delete the marker");
        }
        if (zh.isEmpty() && en.isPresent() && isUnlabelled(classified)) {
            problems.warning("source.unrecognised", file, firstLine.map(ClassifiedLine::number).orElse(1),
                    "no marker line such as `英语如下：` and no labelled line (`Title:`, `Keywords:`, `【来源】`…):"
                            + " the whole file was taken for an English article titled '"
                            + shorten(en.get().text().title()) + "'; if it is not one, give it the layout of a"
                            + " source file, or delete it");
        }
        if (zh.isEmpty() && en.isEmpty() && !hasCode(problems, "source.no-title")) {
            // At a `Title:` line with nothing after it, if there is one.
            int titleLine = classified.stream().filter(l -> l.kind() == LineKind.TITLE).mapToInt(ClassifiedLine::number)
                    .findFirst().orElse(0);
            problems.error("source.no-title", file, titleLine, "no title found: a source file starts with the Chinese"
                    + " title on its first line (or `Title: …` for an English-only file); add one");
        }

        Optional<MonthDay> datelineDay = zh.flatMap(ReadText::monthDay).or(() -> en.flatMap(ReadText::monthDay));
        UrlDate urlDate = meta.url().map(u -> UrlDate.fromPath(u.path())).orElse(UrlDate.none());
        Optional<LocalDate> date = urlDate.date(datelineDay);
        Optional<MonthDay> monthDay = datelineDay.or(urlDate::monthDay);
        if (datelineDay.isPresent() && urlDate.monthDay().isPresent() && date.isPresent()
                && UrlDate.daysApart(datelineDay.get(), date.get()) > 1) {
            problems.warning("source.date-conflict", file, classified.stream().filter(l -> l.kind() == LineKind.SOURCE)
                    .mapToInt(ClassifiedLine::number).findFirst().orElse(0), "the dateline gives "
                    + datelineDay.get().getMonthValue() + "月" + datelineDay.get().getDayOfMonth() + "日 and the source"
                    + " URL " + date.get() + ": the URL's date is used; if the dateline is right, set 'date:' in the"
                    + " articles");
        }
        Optional<MonthDay> enDay = en.flatMap(ReadText::monthDay);
        if (zh.flatMap(ReadText::monthDay).isPresent() && enDay.isPresent() && date.isPresent()
                && UrlDate.daysApart(enDay.get(), date.get()) > 1
                && UrlDate.daysApart(datelineDay.get(), date.get()) <= 1) {
            String dl = en.get().text().byline().dateline().orElse("");
            problems.warning("source.date-conflict", file, blocks.en().stream().filter(l -> l.text().strip()
                    .startsWith(dl)).mapToInt(ClassifiedLine::number).findFirst().orElse(0), "the English dateline `"
                    + dl + "` is more than a day from the article's date, " + date.get() + ": it is published as"
                    + " written; correct it in the English article if it is wrong");
        }
        if (date.isEmpty() && (zh.isPresent() || en.isPresent())) {
            reportNoDate(file, meta, monthDay, problems);
        }
        return new ImportedArticle(file, encoding, zh.map(ReadText::text), en.map(ReadText::text), meta.keywords(),
                meta.url().map(SourceUrlReader.SourceUrl::link), meta.views(), date, monthDay, problems.toList());
    }

    private record Metadata(Optional<ClassifiedLine> marker, List<String> keywords,
            Optional<SourceUrlReader.SourceUrl> url, int urlLine, Optional<Integer> views) {
    }

    /** One pass over all lines for what may stand anywhere: marker, keywords, source and views. */
    private Metadata readMetadata(String file, List<ClassifiedLine> lines, Problems problems) {
        Optional<ClassifiedLine> marker = Optional.empty();
        Optional<ClassifiedLine> keywordLine = Optional.empty();
        Optional<ClassifiedLine> sourceLine = Optional.empty();
        Optional<ClassifiedLine> viewsLine = Optional.empty();
        for (ClassifiedLine line : lines) {
            switch (line.kind()) {
                case MARKER -> marker = first(file, marker, line, "marker line", problems, "source.duplicate-marker");
                case KEYWORDS -> keywordLine = first(file, keywordLine, line, "Keywords line", problems,
                        "source.duplicate-line");
                case SOURCE -> sourceLine = first(file, sourceLine, line, "source line", problems,
                        "source.duplicate-line");
                case VIEWS -> viewsLine = first(file, viewsLine, line, "Views line", problems, "source.duplicate-line");
                default -> {
                }
            }
        }
        List<String> keywords = keywordLine.map(l -> keywords(file, l, problems)).orElse(List.of());
        Optional<SourceUrlReader.SourceUrl> url = Optional.empty();
        if (sourceLine.isPresent()) {
            String value = classifier.value(sourceLine.get().line());
            url = urls.read(value);
            if (url.filter(SourceUrlReader.SourceUrl::spaced).isPresent()) {
                problems.warning("source.url-space", file, sourceLine.get().number(), "the source URL has a space"
                        + " in it, which no address holds: it is linked as " + url.get().link().url() + "; check it"
                        + " against the original");
            }
            if (url.isEmpty()) {
                problems.warning("source.bad-url", file, sourceLine.get().number(), "the source `"
                        + shorten(SourceUrlReader.firstToken(value)) + "` is not an http(s) web address, so it was left"
                        + " out; write the original article's URL, starting with https://");
            }
        } else {
            problems.warning("source.no-source-url", file, 0, "no source line such as `【来源】https://…`: the"
                    + " article will not link to its original and its year cannot be read; add one at the end");
        }
        Optional<Integer> views = viewsLine.flatMap(l -> views(file, l, problems));
        return new Metadata(marker, keywords, url, sourceLine.map(ClassifiedLine::number).orElse(0), views);
    }

    /**
     * Keeps the first of a kind of line and warns about the rest. A second marker is a warning, not an error: the
     * first one already splits the languages correctly, and the repeat is usually a pasted line that is dropped.
     */
    private static Optional<ClassifiedLine> first(String file, Optional<ClassifiedLine> kept, ClassifiedLine line,
            String what, Problems problems, String code) {
        if (kept.isEmpty()) {
            return Optional.of(line);
        }
        problems.warning(code, file, line.number(), "a second " + what + " (the first is on line "
                + kept.get().number() + "); only the first is used, so delete this one");
        return kept;
    }

    private List<String> keywords(String file, ClassifiedLine line, Problems problems) {
        List<String> all = keywordSplitter.split(classifier.value(line.line()));
        if (all.size() <= MAX_KEYWORDS) {
            return all;
        }
        problems.warning("source.too-many-keywords", file, line.number(), all.size() + " keywords, more than "
                + MAX_KEYWORDS + "; only the first " + MAX_KEYWORDS + " were kept: keep the few that describe the article");
        return all.subList(0, MAX_KEYWORDS);
    }

    private Optional<Integer> views(String file, ClassifiedLine line, Problems problems) {
        String value = Nfkc.normalize(classifier.value(line.line()));
        String digits = value.replace(",", "").replace(" ", "").replace("_", "");
        // Commas group thousands: 1,2345 is no count anyone wrote on purpose.
        boolean grouped = !value.contains(",") || value.strip().matches("\\d{1,3}(,\\d{3})+");
        if (grouped && !digits.isEmpty() && digits.length() <= 10 && isDigits(digits)) {
            long n = Long.parseLong(digits);
            if (n <= Integer.MAX_VALUE) {
                return Optional.of((int) n);
            }
        }
        Optional<Integer> rounded = rounded(digits);
        if (rounded.isPresent()) {
            return rounded;
        }
        problems.warning("source.bad-views", file, line.number(), "the Views line should hold a count such as"
                + " `Views: 1,234` or `Views: 1.2万`, not `" + shorten(value) + "`; it was ignored");
        return Optional.empty();
    }

    /** A count as Chinese sites round it ({@code 1.2万}, {@code 3亿}, {@code 1.5w}, {@code 2.4k}), in full. */
    private static Optional<Integer> rounded(String text) {
        Matcher m = ROUNDED.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long unit = switch (m.group(2)) {
            case "万", "萬", "w", "W" -> 10_000L;
            case "亿", "億" -> 100_000_000L;
            default -> 1_000L;
        };
        java.math.BigDecimal n = new java.math.BigDecimal(m.group(1)).multiply(java.math.BigDecimal.valueOf(unit))
                .setScale(0, java.math.RoundingMode.DOWN);
        return n.compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0 ? Optional.of(n.intValue())
                : Optional.empty();
    }

    private static final Pattern ROUNDED = Pattern.compile("([0-9]{1,6}(?:\\.[0-9]{1,4})?)(万|萬|亿|億|w|W|k|K)");

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private record Blocks(List<ClassifiedLine> zh, List<ClassifiedLine> en) {
    }

    /**
     * Splits the title and text lines into the Chinese and the English block: at the marker when there is one;
     * otherwise all English when Latin letters dominate, or at a {@code Title:} line in English that follows
     * Chinese text (a file whose marker was forgotten), or all Chinese.
     */
    private Blocks splitBlocks(String file, List<ClassifiedLine> lines, Optional<ClassifiedLine> marker,
            Problems problems) {
        List<ClassifiedLine> content = new ArrayList<>();
        int enStart = -1;
        for (ClassifiedLine line : lines) {
            if (marker.isPresent() && line == marker.get()) {
                enStart = content.size();
            }
            if (line.kind() == LineKind.TEXT || line.kind() == LineKind.TITLE || line.kind() == LineKind.NEWS_CONTENT) {
                content.add(line);
            }
        }
        if (enStart < 0) {
            List<String> texts = new ArrayList<>(content.size());
            for (ClassifiedLine line : content) {
                texts.add(line.text());
            }
            if (scripts.isMostlyLatin(texts)) {
                enStart = 0;
            } else {
                enStart = content.size();
                for (int i = 1; i < content.size(); i++) {
                    ClassifiedLine line = content.get(i);
                    if (line.kind() == LineKind.TITLE
                            && scripts.isMostlyLatin(List.of(classifier.value(line.line())))) {
                        enStart = i;
                        break;
                    }
                }
                if (enStart > 1 && enStart < content.size() && LineClassifier.mayBeMarker(content.get(enStart - 1)
                        .text())) {
                    ClassifiedLine guessed = content.remove(--enStart);
                    problems.warning("source.marker", file, guessed.number(), "`" + shorten(guessed.text().strip())
                            + "` is read as the marker line before the English block, and left out of the Chinese"
                            + " text; write it as `英语如下：`");
                }
            }
        }
        return new Blocks(List.copyOf(content.subList(0, enStart)),
                List.copyOf(content.subList(enStart, content.size())));
    }

    private static void reportNoDate(String file, Metadata meta, Optional<MonthDay> monthDay, Problems problems) {
        String known = monthDay.map(md -> " (the dateline gives " + md.getMonthValue() + "月" + md.getDayOfMonth()
                + "日)").orElse("");
        Optional<String> impossible = meta.url().flatMap(url -> UrlDate.impossible(url.path()));
        String why = impossible.isPresent() ? "the source URL's date, " + impossible.get() + ", is no day of the"
                + " calendar" : meta.url().isPresent() ? "the source URL has no date in it" : "there is no source URL";
        problems.warning(NO_DATE, file, meta.urlLine(), "the year of publication is unknown: " + why + known
                + "; add `date: YYYY-MM-DD` to the front matter of the imported article");
    }

    /** True when no line of the file is a marker or a labelled line: nothing in it says what it is. */
    private static boolean isUnlabelled(List<ClassifiedLine> lines) {
        for (ClassifiedLine line : lines) {
            if (line.kind() != LineKind.TEXT && line.kind() != LineKind.BLANK) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFrontMatterFence(SourceLine line) {
        return line.text().equals("---") || line.text().equals("+++");
    }

    private static boolean hasCode(Problems problems, String code) {
        for (Problem problem : problems.toList()) {
            if (problem.code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    private static ImportedArticle nothing(String file, String encoding, Problems problems) {
        return new ImportedArticle(file, encoding, Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), problems.toList());
    }
}
