package dev.duet.content;

import dev.duet.diagnostic.Problem;
import dev.duet.diagnostic.Problems;
import dev.duet.io.AtomicWriter;
import dev.duet.io.Sha256;
import dev.duet.source.ArticleText;
import dev.duet.source.ImportedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes imported articles as Markdown files, one per language, paired by name:
 * {@code articles/<yyyy>/<slug>.zh.md} and {@code .en.md}. It never clobbers a user's work: each file carries the
 * digest of what import wrote, and a file whose text no longer matches its digest has been edited and is left alone.
 * Only when asked to overwrite edited files ({@code overwriteEdited}) does it replace one whose source changed, and
 * then it first keeps the edited file under a folder of the cache, never over a copy kept before. Writing the same
 * sources twice changes nothing.
 */
public final class ContentWriter {

    /**
     * An article file already on disk: its path, the name it pairs by, the source it was imported from, and the
     * digest import wrote into it when the file is still exactly as import wrote it.
     *
     * @param path the file's path relative to the site, with forward slashes
     * @param dated whether its front matter has a date: for a file read in full, one an editor may have added
     */
    public record Existing(String path, String pairName, Optional<String> sourceFile, Optional<String> importDigest,
            boolean dated) {

        /** An article file that was read in full; whether it is still as import wrote it is not asked. */
        public static Existing of(ContentFile file) {
            return new Existing(file.path(), file.pairName(), file.frontMatter().sourceFile(), Optional.empty(),
                    file.frontMatter().date().isPresent());
        }

        /**
         * Reads what import needs of one article file, or nothing when the file is not a usable article (the build
         * leaves such a file out, and so does import). A file exactly as import wrote it is read without parsing its
         * YAML; any other file is read in full by {@link ContentReader}. Thread-safe.
         */
        public static Optional<Existing> read(Path siteDir, Path file) throws IOException {
            byte[] bytes = Files.readAllBytes(file);
            String path = ContentReader.relative(siteDir, file);
            Optional<Existing> unedited = ImportedText.readUnedited(path, bytes);
            if (unedited.isPresent()) {
                return unedited;
            }
            return new ContentReader().read(path, bytes, new Problems()).map(Existing::of);
        }
    }

    /** The bytes import writes for one language of an article, and the digest written into them (64 hex digits). */
    record Rendered(byte[] bytes, String digest) {
    }

    /** An importable article and the path (without {@code .zh.md}) its files get. */
    public record Planned(ImportedArticle article, String base) {
    }

    /** What writing one article did: an outcome per language file, and any problem. */
    public record Written(List<ImportReport.FileOutcome> files, List<Problem> problems) {
    }

    private final Path siteDir;
    /** The articles folder relative to the site, with a slash after it; empty when it is the site folder. */
    private final String articlesPrefix;
    /** Where an edited file is kept before it is overwritten; empty when edited files are left alone. */
    private final Optional<Path> keepEditedIn;
    private final Map<String, String> baseBySource = new HashMap<>();
    private final Set<String> basesInUse = new HashSet<>();
    private final Map<String, String> claimedBy = new HashMap<>();
    /** The digest in each file that is still exactly as import wrote it, by path; read-only once constructed. */
    private final Map<String, String> unedited = new HashMap<>();
    /** Files an interrupted import was creating: one still short is finished, not kept as an edit. */
    private final Set<String> unfinished;
    private final AtomicWriter fileWriter = new AtomicWriter();

    /**
     * @param existing the article files already on disk, so that a source imported before keeps its path and a new
     *     one never takes a path that is in use
     * @param keepEditedIn empty to leave every edited file alone; else the folder where an edited file whose source
     *     changed is kept, under its path relative to the site, before it is overwritten
     * @param unfinished the paths an interrupted import was creating ({@link ImportJournal#unfinished})
     */
    public ContentWriter(Path siteDir, Path articlesDir, Optional<Path> keepEditedIn, List<Existing> existing,
            Set<String> unfinished) {
        this.siteDir = siteDir;
        String relative = ContentReader.relative(siteDir, articlesDir);
        this.articlesPrefix = relative.isEmpty() ? "" : relative + "/";
        this.keepEditedIn = keepEditedIn;
        this.unfinished = Set.copyOf(unfinished);
        for (Existing file : existing) {
            basesInUse.add(file.pairName());
            file.sourceFile().ifPresent(src -> baseBySource.putIfAbsent(src, file.pairName()));
            file.importDigest().ifPresent(digest -> unedited.put(file.path(), digest));
        }
    }

    /**
     * Decides where each importable article goes. Call it with articles in source order, in as many batches as
     * suits memory: the paths depend only on that order. Not thread-safe.
     */
    public List<Planned> plan(List<ImportedArticle> articles, Problems problems) {
        List<Planned> planned = new ArrayList<>();
        for (ImportedArticle article : articles) {
            if (!article.isImportable()) {
                continue;
            }
            String base = baseBySource.get(article.sourceFile());
            if (base == null) {
                base = freeBase(article, basesInUse, claimedBy, problems);
            }
            basesInUse.add(base);
            claimedBy.put(base, article.sourceFile());
            planned.add(new Planned(article, base));
        }
        return planned;
    }

    /** The files, relative to the site, that {@link #write} writes for {@code planned}. */
    public static List<String> paths(Planned planned) {
        List<String> paths = new ArrayList<>(2);
        for (Optional<ArticleText> language : List.of(planned.article().zh(), planned.article().en())) {
            language.ifPresent(text -> paths.add(path(planned.base(), text)));
        }
        return paths;
    }

    /** The file of one language of an article whose files share {@code base}. */
    private static String path(String base, ArticleText text) {
        return base + "." + text.language() + ".md";
    }

    /** Writes one planned article's files. Thread-safe: articles write different files. */
    public Written write(Planned planned) throws IOException {
        String base = planned.base();
        String slug = base.substring(base.lastIndexOf('/') + 1);
        ImportedArticle article = planned.article();
        List<ImportReport.FileOutcome> outcomes = new ArrayList<>(2);
        List<Problem> problems = new ArrayList<>(0);
        for (Optional<ArticleText> language : List.of(article.zh(), article.en())) {
            if (language.isPresent()) {
                outcomes.add(writeOne(path(base, language.get()), renderBytes(article, language.get(), slug),
                        problems));
            }
        }
        return new Written(outcomes, problems);
    }

    /**
     * The front matter and body import writes for one language of an article, as text: the plain statement of the
     * format, which {@link #renderBytes} must match byte for byte.
     */
    static String render(ImportedArticle article, ArticleText text, String slug) {
        String plain = FrontMatterFormat.format(frontMatter(article, text, slug), body(text));
        return FrontMatterFormat.withDigest(plain, "sha256:" + Slug.sha256(plain));
    }

    /**
     * {@link #render} as UTF-8 bytes, with the digest they carry: the front matter and the rest are encoded once
     * each, hashed one after the other, and joined around the digest line.
     */
    static Rendered renderBytes(ImportedArticle article, ArticleText text, String slug) {
        List<String> paragraphs = new ArrayList<>(text.paragraphs().size());
        for (String paragraph : text.paragraphs()) {
            paragraphs.add(MarkdownText.escape(paragraph));
        }
        byte[] head = FrontMatterFormat.head(frontMatter(article, text, slug)).getBytes(StandardCharsets.UTF_8);
        byte[] tail = FrontMatterFormat.tail(paragraphs).getBytes(StandardCharsets.UTF_8);
        MessageDigest sha256 = Sha256.newDigest();
        sha256.update(head);
        sha256.update(tail);
        String digest = HexFormat.of().formatHex(sha256.digest());
        return new Rendered(FrontMatterFormat.withDigest(head, "sha256:" + digest, tail), digest);
    }

    private static FrontMatter frontMatter(ImportedArticle article, ArticleText text, String slug) {
        boolean zh = text.language().equals("zh");
        return new FrontMatter(
                text.title(),
                text.language(),
                zh ? Optional.of(text.script()) : Optional.empty(),
                article.date(),
                Optional.of(slug),
                article.keywords(),
                text.byline().dateline(),
                text.byline().agency(),
                text.byline().reporters(),
                text.headline(),
                article.source().map(s -> s.url()),
                article.source().flatMap(s -> zh ? s.nameZh() : s.nameEn()),
                article.views(),
                Optional.of(article.sourceFile()),
                Optional.empty(),
                false,
                Optional.empty());
    }

    private static String body(ArticleText text) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : text.paragraphs()) {
            if (body.length() > 0) {
                body.append('\n');
            }
            body.append(MarkdownText.escape(paragraph)).append('\n');
        }
        return body.toString();
    }

    private String freeBase(ImportedArticle article, Set<String> inUse, Map<String, String> claimedBy,
            Problems problems) {
        String folder = articlesPrefix + article.date().map(d -> year(d.getYear())).orElse("undated") + "/";
        String slug = article.en().map(t -> Slug.ascii(t.title())).orElse("");
        if (slug.isEmpty()) {
            String seed = article.source().map(s -> s.url())
                    .orElseGet(() -> article.zh().map(ArticleText::title).orElse(article.sourceFile()));
            slug = "article-" + Slug.shortHash(seed);
        }
        String base = folder + slug;
        int n = 2;
        while (inUse.contains(base)) {
            String other = claimedBy.getOrDefault(base, "an existing article");
            base = folder + slug + "-" + n++;
            problems.add(Problem.warning("import.duplicate-slug", article.sourceFile(), 0,
                    "slug '" + slug + "' is already used by " + other + "; this article gets '"
                            + base.substring(folder.length()) + "' (set 'slug:' in its front matter to choose)"));
        }
        return base;
    }

    /**
     * The year as four digits, as {@code String.format("%04d")} gave it, without parsing a format for every article;
     * always ASCII digits, whatever the JVM's default locale (the format would have used the locale's digits).
     */
    private static String year(int year) {
        if (year < 0 || year > 9999) {
            return String.format(java.util.Locale.ROOT, "%04d", year);
        }
        String digits = Integer.toString(year);
        return "0".repeat(4 - digits.length()) + digits;
    }

    private ImportReport.FileOutcome writeOne(String path, Rendered rendered, List<Problem> problems)
            throws IOException {
        Path file = siteDir.resolve(path);
        byte[] bytes = rendered.bytes();
        // A new file is written straight under its name; the import journal covers a write cut short.
        if (fileWriter.writeNew(file, bytes)) {
            return new ImportReport.FileOutcome(path, ImportReport.Status.CREATED);
        }
        if (unfinished.contains(path) && isStartOf(Files.readAllBytes(file), bytes)) {
            fileWriter.write(file, bytes);
            problems.add(Problem.warning("import.finished", path, 0, "an earlier import stopped while it was"
                    + " writing this file and left it short; it is now written in full"));
            return new ImportReport.FileOutcome(path, ImportReport.Status.UPDATED);
        }
        if (rendered.digest().equals(unedited.get(path))) {
            // The file was exactly as import wrote it, from the same text (equal digests): its bytes are these bytes.
            return new ImportReport.FileOutcome(path, ImportReport.Status.UNCHANGED);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String current = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (current.equals(text)) {
            return new ImportReport.FileOutcome(path, ImportReport.Status.UNCHANGED);
        }
        if (wasEdited(current)) {
            if (digest(current).equals(digest(text))) {
                // The source gives what import wrote before: only the user changed the file, nothing to warn about.
                return new ImportReport.FileOutcome(path, ImportReport.Status.KEPT_EDITED);
            }
            if (keepEditedIn.isEmpty()) {
                problems.add(Problem.warning("import.kept-edited", path, 0,
                        "edited since it was imported, so import left it alone; its source changed (merge the change"
                                + " by hand, or run import with -Dduet.overwriteEdited=true to replace the file with"
                                + " the source's text, keeping your version under the cache folder)"));
                return new ImportReport.FileOutcome(path, ImportReport.Status.KEPT_EDITED);
            }
            Path kept = keep(file, path, keepEditedIn.get().toAbsolutePath().normalize());
            problems.add(Problem.warning("import.overwrote-edited", path, 0, "edited since it was imported, and its"
                    + " source changed: overwritten with the source's text (overwriteEdited is set); your edited"
                    + " version of " + path + " is kept as " + shown(kept)));
        }
        fileWriter.write(file, bytes);
        return new ImportReport.FileOutcome(path, ImportReport.Status.UPDATED);
    }

    /**
     * Copies an edited file to {@code folder}, under its path relative to the site, before import overwrites it. A
     * copy kept by an earlier import is never replaced: the new one gets a number, {@code slug-2.zh.md}.
     */
    private Path keep(Path file, String path, Path folder) throws IOException {
        Path target = folder.resolve(path).normalize();
        if (!target.startsWith(folder)) {
            // An articles folder outside the site: its files are kept by name.
            target = folder.resolve(file.getFileName().toString());
        }
        Files.createDirectories(target.getParent());
        String name = target.getFileName().toString();
        int dot = name.indexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; ; n++) {
            try {
                return Files.copy(file, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                target = target.resolveSibling(stem + "-" + n + extension);
            }
        }
    }

    /** A kept copy's path as a message shows it: relative to the site when it lies below it. */
    private String shown(Path kept) {
        return ContentReader.below(siteDir, kept).orElse(kept.toString());
    }

    /** True when {@code head} is shorter than {@code full} and the same bytes as its start. */
    private static boolean isStartOf(byte[] head, byte[] full) {
        return head.length < full.length && Arrays.equals(head, 0, head.length, full, 0, head.length);
    }

    /** True when the file's text no longer matches the digest import wrote into it, or has no digest at all. */
    static boolean wasEdited(String text) {
        String digest = digest(text);
        return digest.isEmpty() || !Slug.sha256(FrontMatterFormat.withoutDigest(text)).equals(digest);
    }

    /** The digest import wrote into a file's text, or empty when it has none. */
    private static String digest(String text) {
        return ImportedText.digest(text);
    }
}
