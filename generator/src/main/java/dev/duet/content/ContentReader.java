package dev.duet.content;

import dev.duet.diagnostic.Problem;
import dev.duet.diagnostic.Problems;
import dev.duet.io.DirectionMarks;
import dev.duet.io.FileErrors;
import dev.duet.io.SiteFiles;
import dev.duet.io.WebAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the Markdown article files under {@code articles/}: splits the front matter from the body
 * ({@link ArticleFileText}), parses it as YAML ({@link FrontMatterYaml}) and checks every field ({@link Fields}),
 * reporting each bad one with its line.
 * A file that cannot be read as an article is reported and left out; the others are unaffected. A build that read
 * the file well before keeps that reading in its place ({@link Result#keeping}).
 */
public final class ContentReader {

    private static final Pattern LANG_SUFFIX = Pattern.compile(".*\\.(zh|en)\\.md$");
    /** How the message of an error that leaves a file out ends when it would not say so otherwise. */
    private static final String LEFT_OUT = "; the article is left out";
    /** How that message ends instead when the last reading of the file is kept in its place. */
    private static final String KEPT = "; the last version read is kept until the file is fixed";

    /** True when bodies are not kept in memory but read from their files when needed ({@link Body}). */
    private final boolean bodiesOnDisk;

    /** A reader that keeps each body in memory. */
    public ContentReader() {
        this(false);
    }

    /**
     * @param bodiesOnDisk keep only each body's digest and length, and read its text from the file when a page
     *     needs it: for a site whose bodies would not fit in memory at once
     */
    public ContentReader(boolean bodiesOnDisk) {
        this.bodiesOnDisk = bodiesOnDisk;
    }

    /** The result of reading a tree or a file: the articles that could be read, and every problem found. */
    public record Result(List<ContentFile> files, List<Problem> problems) {
        public Result {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }

        /** True when the file read could not be read as an article: no article, and an error that says why. */
        public boolean leftOut() {
            return files.isEmpty() && problems.stream().anyMatch(Problem::isError);
        }

        /**
         * This reading of a file left out ({@link #leftOut}), with {@code lastRead}, the article the last reading
         * of the file that could be read found, in its place: a story whose file an edit has broken keeps its
         * pages, its place in every list, its search entries and feeds as they were until the file is fixed. The
         * problems stay, the error that left the file out saying that its last version is kept.
         */
        public Result keeping(ContentFile lastRead) {
            if (!leftOut()) {
                throw new IllegalStateException("not a file left out: " + files + " " + problems);
            }
            int last = problems.size() - 1;
            while (!problems.get(last).isError()) {
                last--;
            }
            Problem error = problems.get(last);
            String message = error.message().endsWith(LEFT_OUT)
                    ? error.message().substring(0, error.message().length() - LEFT_OUT.length()) : error.message();
            List<Problem> told = new ArrayList<>(problems);
            told.set(last, Problem.error(error.code(), error.file(), error.line(), message + KEPT));
            return new Result(List.of(lastRead), told);
        }
    }

    /**
     * Reads every {@code *.md} file under {@code articlesDir}, in path order, as {@code siteFiles} lists them: with a
     * warning for each link out of the site left out.
     */
    public Result readTree(SiteFiles siteFiles, Path articlesDir) throws IOException {
        List<ContentFile> files = new ArrayList<>();
        SiteFiles.Listing listing = siteFiles.list(articlesDir, ".md");
        List<Problem> problems = new ArrayList<>(listing.problems());
        for (Path file : listing.files()) {
            Result one = read(siteFiles.siteDir(), file);
            files.addAll(one.files());
            problems.addAll(one.problems());
        }
        return new Result(files, problems);
    }

    /** Reads one article file: the article, when it is usable, and its problems. Thread-safe. */
    public Result read(Path siteDir, Path file) throws IOException {
        // Stamped before it is read: a change after the stamp is a change the body's next reading sees.
        long now = System.currentTimeMillis() * 1_000_000L;
        BasicFileAttributes attributes;
        byte[] bytes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return unreadable(relative(siteDir, file), e);
        }
        return read(siteDir, file, Body.Stamp.of(attributes, now, bytes), bytes);
    }

    /**
     * A file that cannot be read at all (no permission to, an error of the disk): an error that says why, and the
     * article left out; a file deleted since it was listed is simply not there.
     */
    static Result unreadable(String path, IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return new Result(List.of(), List.of());
        }
        return new Result(List.of(), List.of(Problem.error("content.read", path, 0, "cannot read the file: "
                + FileErrors.readReason(e) + LEFT_OUT)));
    }

    /** Reads one article file from its {@code bytes}, with the stamp taken before they were read. */
    Result read(Path siteDir, Path file, Body.Stamp stamp, byte[] bytes) {
        return read(siteDir, file, relative(siteDir, file), stamp, bytes);
    }

    /** Reads one article file from its {@code bytes}, its {@code path} relative to the site given. */
    Result read(Path siteDir, Path file, String path, Body.Stamp stamp, byte[] bytes) {
        Problems problems = new Problems();
        Optional<ContentFile> content;
        // As for every file of a walk below the site, the body finds its file by the article's own path.
        boolean below = siteDir.resolve(path).equals(file);
        if (!bodiesOnDisk) {
            content = below ? read(path, bytes, problems, text -> Body.read(siteDir, path, text, stamp))
                    : read(path, bytes, problems, Body::of);
        } else {
            content = below
                    ? read(path, bytes, problems, text -> Body.onDisk(siteDir, path, text, stamp))
                    : read(path, bytes, problems, text -> Body.onDisk(file, "", text, stamp));
        }
        return new Result(content.map(List::of).orElse(List.of()), problems.toList());
    }

    /** The file's path relative to the site, with forward slashes; its absolute path when it is not below it. */
    public static String relative(Path siteDir, Path file) {
        Optional<String> below = below(siteDir, file);
        if (below.isPresent()) {
            return below.get();
        }
        Path rel = file.startsWith(siteDir) ? siteDir.relativize(file) : file;
        return rel.toString().replace('\\', '/');
    }

    /**
     * {@code siteDir.relativize(file)} with forward slashes, worked out on the strings, when {@code file} lies below
     * an absolute {@code siteDir} and neither holds a {@code .} or {@code ..} name (as every file a walk of the
     * site's folders gives); empty otherwise, for {@link Path#relativize} to answer.
     */
    public static Optional<String> below(Path siteDir, Path file) {
        String dir = siteDir.toString();
        String path = file.toString();
        int n = dir.length();
        if (!siteDir.isAbsolute() || path.length() <= n + 1 || !path.startsWith(dir)
                || path.charAt(n) != java.io.File.separatorChar || dir.endsWith(java.io.File.separator)
                || hasDotName(dir) || hasDotName(path)) {
            return Optional.empty();
        }
        return Optional.of(path.substring(n + 1).replace('\\', '/'));
    }

    private static boolean hasDotName(String path) {
        char separator = java.io.File.separatorChar;
        int start = 0;
        while (start <= path.length()) {
            int end = path.indexOf(separator, start);
            if (end < 0) {
                end = path.length();
            }
            int length = end - start;
            if ((length == 1 || length == 2) && path.startsWith(length == 1 ? "." : "..", start)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /** Reads one file's bytes; reports problems and returns empty when it is not a usable article. */
    public Optional<ContentFile> read(String path, byte[] bytes, Problems problems) {
        return read(path, bytes, problems, Body::of);
    }

    /**
     * Reads an article file's bytes; {@code body} makes the article's {@link Body} of its text: kept in memory, or
     * read again from the file when needed.
     */
    private static Optional<ContentFile> read(String path, byte[] bytes, Problems problems,
            Function<String, Body> body) {
        Optional<ArticleFileText> split = ArticleFileText.split(path, bytes, problems);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        ArticleFileText text = split.get();
        Optional<Map<?, ?>> map = FrontMatterYaml.parse(path, text.yaml(), problems);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        Optional<MarkdownLimits.Finding> deep = MarkdownLimits.tooDeep(text.body());
        if (deep.isPresent()) {
            problems.error("content.markdown-depth", path, text.bodyLine() + deep.get().line() - 1,
                    deep.get().message() + LEFT_OUT);
            return Optional.empty();
        }
        UnreadSyntax.warn(path, text, problems);
        Fields fields = new Fields(path, text.yaml(), map.get(), problems);
        // A file left out for its language, title or date is read to its end all the same, so that one build tells
        // every problem it has, not one a fix.
        boolean leftOut = false;
        String lang = fields.string("lang").orElseGet(() -> langFromName(path).or(() -> langFromFolder(path))
                .orElse(""));
        if (!lang.equals("zh") && !lang.equals("en")) {
            problems.error("content.lang", path, fields.line("lang"), "lang must be \"zh\" or \"en\" (or name the"
                    + " file *.zh.md / *.en.md, or put it in a folder zh/ or en/), was '" + lang + "'");
            leftOut = true;
        }
        Optional<String> named = langFromName(path);
        if (!leftOut && named.isPresent() && !named.get().equals(lang)) {
            // The file pairs with its translation by its name, and would take the other language's place.
            problems.warning("content.lang", path, fields.line("lang"), "the file's name says " + named.get()
                    + " and its lang says " + lang + "; it is read as " + lang + ": rename the file to *." + lang
                    + ".md, or correct lang");
        }
        Optional<String> title = fields.string("title").filter(t -> !t.isBlank());
        if (title.isEmpty()) {
            problems.error("content.no-title", path, fields.line("title"),
                    "no title: add 'title: \"…\"' to the front matter");
            leftOut = true;
        }
        Optional<String> dateText = fields.string("date");
        Optional<LocalDate> date = dateText.flatMap(d -> parseDate(path, d, fields, problems));
        // A page at a day no one wrote would be a wrong page: told in parseDate.
        leftOut |= dateText.isPresent() && date.isEmpty();
        leftOut |= ForeignDates.holdBack(path, map.get(), fields, dateText, problems);
        FrontMatter fm = new FrontMatter(
                DirectionMarks.closed(title.orElse("").strip()),
                lang,
                ScriptField.read(path, fields, lang, title.orElse(""), text.body(), problems),
                date,
                fields.string("slug").filter(s -> !s.isBlank()),
                fields.strings("tags"),
                fields.string("dateline"),
                fields.string("agency"),
                fields.strings("reporters"),
                fields.string("headline").map(DirectionMarks::closed),
                fields.nested("source", "url"),
                fields.nested("source", "name"),
                fields.integer("views"),
                fields.string("duplicateOf").filter(s -> !s.isBlank()),
                fields.string("sourceFile"),
                fields.string("translationKey").filter(s -> !s.isBlank()),
                fields.bool("draft") || FrontMatterKeys.isForeignDraft(map.get()),
                fields.string(FrontMatterFormat.DIGEST_KEY),
                PublicationFields.read(path, fields, date, problems),
                fields.string("section").map(String::strip).filter(s -> !s.isEmpty()),
                ImageFields.read(path, map.get(), lang, fields.line("image"), problems),
                fields.option("lead"));
        if (!leftOut) {
            ArticleTextChecks.check(path, fm, text.body(), text.bodyLine(), problems);
        }
        fm.sourceUrl().filter(url -> !WebAddress.isWeb(url)).ifPresent(url -> problems.warning("content.source-url",
                path, fields.line("source"), "source url '" + url + "' is not an http(s) URL, so the page does not"
                + " link to the original" + (fm.sourceName().isPresent() ? " and names it without a link" : "")
                + "; write its address as https://…"));
        return leftOut ? Optional.empty() : Optional.of(new ContentFile(path, fm, body.apply(text.body()),
                text.bodyLine()));
    }

    private static Optional<LocalDate> parseDate(String path, String value, Fields fields, Problems problems) {
        String v = value.strip();
        // Accept a full timestamp too, in the forms NewsTime reads; only the day matters for a news URL.
        if (v.length() > 10 && (v.charAt(10) == 'T' || v.charAt(10) == 't' || v.charAt(10) == ' ')) {
            v = v.substring(0, 10);
        }
        try {
            LocalDate date = LocalDate.parse(v);
            if (NewsTime.isYearWritable(date)) {
                return Optional.of(date);
            }
        } catch (DateTimeParseException e) {
            // Told below.
        }
        problems.error("content.date", path, fields.line("date"), "date must be YYYY-MM-DD, a year from 0001 to"
                + " 9999 (or a day and time, \"2024-05-22 14:30\"), was '" + value + "'" + LEFT_OUT);
        return Optional.empty();
    }

    static Optional<String> langFromName(String path) {
        var m = LANG_SUFFIX.matcher(path);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The language of the folder a file is in, as a Hugo site's per-language trees give it
     * ({@code articles/zh/2024/budget.md}): the first folder of its path named {@code zh} or {@code en}.
     */
    static Optional<String> langFromFolder(String path) {
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (segments[i].equals("zh") || segments[i].equals("en")) {
                return Optional.of(segments[i]);
            }
        }
        return Optional.empty();
    }
}
