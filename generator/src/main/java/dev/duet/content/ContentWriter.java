package dev.duet.content;

import dev.duet.diagnostic.Problem;
import dev.duet.diagnostic.Problems;
import dev.duet.io.AtomicWriter;
import dev.duet.source.ArticleText;
import dev.duet.source.ImportedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes imported articles as Markdown files, one per language, paired by name:
 * {@code articles/<yyyy>/<slug>.zh.md} and {@code .en.md}. It never clobbers a user's work: each file carries the
 * digest of what import wrote, whole and for each field ({@link FieldDigests}). A file whose text no longer matches
 * its digest has been edited; when its source changes, the source's changes are merged into the fields the editor
 * left alone ({@link ArticleMerge}). Only when asked to overwrite edited files ({@code overwriteEdited}) does it
 * replace one whose source changed, and then it first keeps the edited file under a folder of the cache, never over
 * a copy kept before. Writing the same sources twice changes nothing.
 */
public final class ContentWriter {

    /** An importable article, its files' path without {@code .zh.md}, and the earlier story's source it repeats. */
    public record Planned(ImportedArticle article, String base, Optional<String> duplicateOf) {

        /** The same plan, for a story that repeats the one imported from {@code earlier}. */
        public Planned duplicateOf(String earlier) {
            return new Planned(article, base, Optional.of(earlier));
        }
    }

    /**
     * What writing one article did: an outcome per language file, and any problem.
     *
     * @param asImported what import writes into each file it created or found unchanged, by path: the bytes such a
     *     file holds
     */
    public record Written(List<ImportReport.FileOutcome> files, List<Problem> problems,
            Map<String, byte[]> asImported) {

        public Written(List<ImportReport.FileOutcome> files, List<Problem> problems) {
            this(files, problems, Map.of());
        }

        /** Whether the story was deleted, and so no file of it written. */
        public boolean leftDeleted() {
            return files.isEmpty() && problems.stream().anyMatch(p -> p.code().equals(DELETED));
        }
    }

    private static final String DELETED = "import.deleted";

    /** The warning that the files import wrote for a source were deleted since, and are not written again. */
    public static Problem deletedSinceImport(String sourceFile, List<String> paths) {
        return Problem.warning(DELETED, sourceFile, 0, "its story's files, " + String.join(" and ", paths) + ", were"
                + " deleted after import wrote them, so they are not written again: delete this source file too, or"
                + " delete " + ImportMemoFile.FILE_NAME + " in the cache folder (target/duet/) to import the story"
                + " again");
    }

    private final Path siteDir;
    private final java.time.Instant revisedAt;
    /** Where an edited file is kept before it is overwritten; empty when edited files are left alone. */
    private final Optional<Path> keepEditedIn;
    /** Copies of files kept aside: the source's version of a conflicting file, an edited file before it is replaced. */
    private final KeptCopies copies;
    /** Where each story's files go. */
    private final ImportPaths paths;
    /** The digest in each file that is still exactly as import wrote it, by path; read-only once constructed. */
    private final Map<String, String> unedited = new HashMap<>();
    /** Files an interrupted import was creating: one still short is finished, not kept as an edit. */
    private final Set<String> unfinished;
    private final AtomicWriter fileWriter = new AtomicWriter();
    private final Function<Path, Optional<Problem>> linkOut;

    /**
     * @param existing the article files already on disk, so that a source imported before keeps its path and a new
     *     one never takes a path that is in use
     * @param keepEditedIn empty to leave every edited file alone; else the folder where an edited file whose source
     *     changed is kept, under its path relative to the site, before it is overwritten
     * @param unfinished the paths an interrupted import was creating ({@link ImportJournal#unfinished})
     * @param incomingDir where the source's version of a file is kept, under its path relative to the site, when the
     *     editor changed a field or its body and so did the source, to another value; {@code keepEditedIn} set, the
     *     file is then replaced by that version while the source still gives it
     * @param deleted the article files deleted whose places a build noted, by story key (the base of its paths),
     *     then language: such a file is not written again while it is gone, and no other story takes its paths
     * @param linkOut for a file to write, the link out of the site folder on its way, as a problem: such a file is
     *     not written
     * @param sourceFiles every source file there is now, relative to the site: a story whose files name none of
     *     them may be a source's that was renamed or moved ({@link MovedStories})
     * @param revisedAt the time a published article whose text import changes is {@code updated} ({@link Revision})
     */
    public ContentWriter(Path siteDir, Path articlesDir, Optional<Path> keepEditedIn, List<ArticleOnDisk> existing,
            Set<String> unfinished, Path incomingDir, Map<String, Map<String, LeftDeleted>> deleted,
            Function<Path, Optional<Problem>> linkOut, Set<String> sourceFiles, java.time.Instant revisedAt) {
        this.siteDir = siteDir;
        this.revisedAt = revisedAt;
        String relative = ContentReader.relative(siteDir, articlesDir);
        this.paths = new ImportPaths(siteDir, relative, existing, deleted, sourceFiles);
        this.keepEditedIn = keepEditedIn;
        this.copies = new KeptCopies(siteDir, incomingDir);
        this.unfinished = Set.copyOf(unfinished);
        this.linkOut = linkOut;
        for (ArticleOnDisk file : existing) {
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
            planned.add(new Planned(article, paths.base(article, problems), Optional.empty()));
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
        List<ArticleMerge.Side> changed = new ArrayList<>(0);
        List<ArticleMerge.Side> keptEdited = new ArrayList<>(0);
        Map<String, byte[]> asImported = new HashMap<>(4);
        Map<String, LeftDeleted> deletedIn = paths.deleted(base);
        List<String> leftDeleted = new ArrayList<>(0);
        Optional<String> movedFrom = paths.movedFrom(base);
        Set<String> copied = new HashSet<>(0); // the files whose source's version is kept, for a conflict
        for (Optional<ArticleText> language : List.of(article.zh(), article.en())) {
            if (language.isPresent()) {
                ImportedFile file = ImportedFile.of(article, language.get(), paths.slug(path(base, language.get()),
                        slug), planned.duplicateOf());
                // What import wrote from the source under its old name: an edited file of it only moved with it.
                Optional<ImportedFile> underOldName = movedFrom.map(old -> ImportedFile.of(
                        withSourceFile(article, old), language.get(), slug, planned.duplicateOf()));
                Optional<String> before = underOldName.map(ImportedFile::digest);
                String path = path(base, language.get());
                LeftDeleted gone = deletedIn.get(language.get().language());
                if (gone != null && !Files.exists(siteDir.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                    leftDeleted.add(path + " (" + gone.line() + ")");
                    continue;
                }
                Optional<Problem> out = linkOut.apply(siteDir.resolve(path));
                if (out.isPresent()) {
                    problems.add(Problem.warning("import.external-link", article.sourceFile(), 0, path + " is not"
                            + " written: " + out.get().file() + " " + out.get().message()));
                    continue;
                }
                if (underOldName.isPresent() && copies.isIncoming(path, underOldName.get().bytes())
                        && !copies.settledByHand(path, Files.readAllBytes(siteDir.resolve(path)))) {
                    // A conflict not yet settled moves with its source: overwriteEdited takes it, now or later.
                    copies.putIncoming(path, file.bytes());
                    copied.add(path);
                    before = Optional.empty();
                }
                Map<String, byte[]> held = new HashMap<>(1);
                Optional<ImportReport.FileOutcome> outcome = writeOne(path, file, before, problems, changed,
                        keptEdited, held);
                outcome.ifPresent(outcomes::add);
                if (outcome.isPresent() && (outcome.get().status() == ImportReport.Status.CREATED
                        || outcome.get().status() == ImportReport.Status.UNCHANGED)) {
                    asImported.put(path, held.getOrDefault(path, file.bytes()));
                }
            }
        }
        if (!changed.isEmpty()) {
            outcomes.addAll(writeChanged(changed, keptEdited, problems, copied));
        }
        copies.markAgainst(copied);
        if (movedFrom.isPresent() && !outcomes.isEmpty()) {
            problems.add(Problem.warning("import.moved", article.sourceFile(), 0, "imported before as "
                    + movedFrom.get() + ", which is gone: this is the same story, so its articles "
                    + String.join(" and ", outcomes.stream().map(ImportReport.FileOutcome::path).toList())
                    + " now name this file in 'sourceFile:' and no second copy is made (what changed in it comes"
                    + " into them as from their own source)"));
        }
        if (!leftDeleted.isEmpty()) {
            problems.add(Problem.warning(DELETED, article.sourceFile(), 0, "its story was deleted, so "
                    + String.join(" and ", leftDeleted) + (leftDeleted.size() == 1 ? " is" : " are") + " not written"
                    + " again: delete this source file, or remove " + (leftDeleted.size() == 1 ? "its line" : "their"
                    + " lines") + " of deleted.tsv to import the story again"));
        }
        return new Written(outcomes, problems, asImported);
    }

    /**
     * Writes a file that is new, unchanged or left short by an interrupted import, or an edited one when
     * {@code overwriteEdited} is set, and gives its outcome; a file whose source changed is added to {@code changed}
     * instead, for its story's files to be merged together. An edited file the source has nothing new for is kept,
     * and added to {@code keptEdited}: it still holds, for the story's other file, the fields the two share. An
     * edited file whose source was only renamed or moved ({@code before}: the digest of what import wrote from it
     * under its old name) is merged, even with {@code overwriteEdited}: nothing of its source's text changed.
     */
    private Optional<ImportReport.FileOutcome> writeOne(String path, ImportedFile rendered, Optional<String> before,
            List<Problem> problems, List<ArticleMerge.Side> changed, List<ArticleMerge.Side> keptEdited,
            Map<String, byte[]> held) throws IOException {
        Path file = siteDir.resolve(path);
        byte[] bytes = rendered.bytes();
        if (fileWriter.writeNew(file, bytes)) { // straight under its name: the import journal covers a write cut short
            return outcome(path, ImportReport.Status.CREATED);
        }
        byte[] currentBytes = Files.readAllBytes(file);
        if (unfinished.contains(path) && isStartOf(currentBytes, bytes)) {
            fileWriter.edit(file, bytes, siteDir);
            problems.add(Problem.warning("import.finished", path, 0, "an earlier import stopped while it was"
                    + " writing this file and left it short; it is now written in full"));
            return outcome(path, ImportReport.Status.UPDATED);
        }
        if (rendered.digest().equals(unedited.get(path))) {
            // The file was exactly as import wrote it, from the same text (equal digests): its bytes are these bytes.
            return outcome(path, ImportReport.Status.UNCHANGED);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String current = new String(currentBytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (current.equals(text)) {
            return outcome(path, ImportReport.Status.UNCHANGED);
        }
        boolean edited = wasEdited(current);
        if (!edited && FrontMatterFormat.withoutDigest(Revision.withoutUpdated(path, current))
                .equals(FrontMatterFormat.withoutDigest(text))) {
            // The source gives what the file holds, which import wrote with a line of its own besides (the time its
            // text last changed, {@link Revision}): it keeps its bytes.
            held.put(path, currentBytes);
            return outcome(path, ImportReport.Status.UNCHANGED);
        }
        if (edited && ImportedText.sameButDigest(current, text)) {
            // Only the record of what import wrote differs: a slug changed by hand, which import keeps as the file's
            // address, is the text the source gives. The file keeps its bytes and its time.
            keptEdited.add(new ArticleMerge.Side(path, rendered, currentBytes, true));
            return outcome(path, ImportReport.Status.KEPT_EDITED);
        }
        if (edited && copies.settledByHand(path, currentBytes)) {
            copies.settle(path, keepEditedIn.isPresent()).ifPresent(problems::add);
        }
        boolean seen = edited && digest(current).equals(rendered.digest());
        boolean open = seen && copies.isIncoming(path, bytes);
        if (seen && (keepEditedIn.isEmpty() || !open)) {
            // The source gives what import wrote before: only the user changed the file. A conflict an earlier import
            // reported is told again until it is settled: that import may have been stopped before it told it.
            if (open) {
                problems.add(Problem.warning("import.conflict-open", path, 0, "its source's change is not in it since"
                        + " an editor changed the same text: the source's version is kept as "
                        + copies.shown(copies.incoming(path)) + "; take what you want of it into the file (saving it"
                        + " settles the conflict), or import with overwriteEdited to take the source's version"));
            }
            keptEdited.add(new ArticleMerge.Side(path, rendered, currentBytes, true));
            return outcome(path, ImportReport.Status.KEPT_EDITED);
        }
        if (edited && keepEditedIn.isPresent() && !before.equals(Optional.of(digest(current)))) {
            // A change of the source the file has not taken: new, or a conflict an earlier import reported.
            Path kept = KeptCopies.keep(file, path, keepEditedIn.get().toAbsolutePath().normalize());
            EditorKeys.Kept own = EditorKeys.kept(path, currentBytes, bytes);
            String keys = own.keys().isEmpty() ? "" : ", keeping your own " + String.join(", ", own.keys());
            problems.add(Problem.warning("import.overwrote-edited", path, 0, "edited since it was imported, and its"
                    + " source changed: overwritten with the source's text (overwriteEdited is set)" + keys
                    + "; your edited version of " + path + " is kept as " + copies.shown(kept)
                    + (own.lost() ? " (its front matter cannot be read: any keys of your own are only there)" : "")));
            byte[] taken = OldAddress.kept(path, currentBytes, own.bytes());
            fileWriter.edit(file, Revision.stamped(path, currentBytes, taken, revisedAt, Arrays.equals(taken, bytes)),
                    siteDir);
            copies.dropIncoming(path);
            return outcome(path, ImportReport.Status.UPDATED);
        }
        changed.add(new ArticleMerge.Side(path, rendered, currentBytes, edited));
        return Optional.empty();
    }

    private static Optional<ImportReport.FileOutcome> outcome(String path, ImportReport.Status status) {
        return Optional.of(new ImportReport.FileOutcome(path, status));
    }

    /**
     * Writes the files of one story whose source changed: each replaced by the source's text when none was edited,
     * else the source's changes merged into them field by field ({@link ArticleMerge}). An edited file of the story
     * the source has nothing new for ({@code keptEdited}) takes part in the merge, so that the fields the two
     * languages share stay held, but is not written.
     */
    private List<ImportReport.FileOutcome> writeChanged(List<ArticleMerge.Side> changed,
            List<ArticleMerge.Side> keptEdited, List<Problem> problems, Set<String> copied) throws IOException {
        List<ImportReport.FileOutcome> outcomes = new ArrayList<>(changed.size());
        if (changed.stream().noneMatch(ArticleMerge.Side::edited) && keptEdited.isEmpty()) {
            for (ArticleMerge.Side side : changed) {
                byte[] fresh = side.fresh().bytes();
                byte[] kept = OldAddress.kept(side.path(), side.current(), fresh);
                fileWriter.edit(siteDir.resolve(side.path()), Revision.stamped(side.path(), side.current(), kept,
                        revisedAt, Arrays.equals(kept, fresh)), siteDir);
                outcomes.add(new ImportReport.FileOutcome(side.path(), ImportReport.Status.UPDATED));
            }
            return outcomes;
        }
        List<ArticleMerge.Side> sides = new ArrayList<>(changed);
        sides.addAll(keptEdited);
        Set<String> kept = new HashSet<>();
        keptEdited.forEach(side -> kept.add(side.path()));
        ArticleMerge.Result merged = ArticleMerge.merge(sides, path -> copies.shown(copies.incoming(path)));
        // What the merge says of a file kept as edited was said when its source last changed for it.
        merged.problems().stream().filter(p -> !kept.contains(p.file())).forEach(problems::add);
        for (Map.Entry<String, byte[]> copy : merged.incoming().entrySet()) {
            if (!kept.contains(copy.getKey())) {
                copies.putIncoming(copy.getKey(), copy.getValue());
                copied.add(copy.getKey());
            }
        }
        Set<String> decided = new HashSet<>(kept);
        for (ArticleMerge.Decision decision : merged.decisions()) {
            String path = decision.side().path();
            if (!decided.add(path)) {
                continue;
            }
            Path file = siteDir.resolve(path);
            if (!Arrays.equals(Files.readAllBytes(file), decision.side().current())) {
                // Saved by an editor while import ran: their newest text is theirs.
                problems.add(Problem.warning("import.kept-edited", path, 0, "changed while import was merging its"
                        + " source's changes, so import left it alone; run import again to merge them"));
                outcomes.add(new ImportReport.FileOutcome(path, ImportReport.Status.KEPT_EDITED));
                continue;
            }
            byte[] text = OldAddress.kept(path, decision.side().current(), decision.text());
            if (Arrays.equals(text, decision.side().current()) || decision.edited() && !decision.updatedFromSource()
                    && !merged.incoming().containsKey(path) && merged.problems().stream().noneMatch(p -> p.file()
                            .equals(path)) && ImportedText.sameButDigest(text, decision.side().current())) {
                // Nothing to take yet (a field held for the pair's sake, or, with no conflict to record, only the
                // digest line of an older import to write anew): the file keeps its bytes and its time.
                outcomes.add(new ImportReport.FileOutcome(path, decision.edited() ? ImportReport.Status.KEPT_EDITED
                        : ImportReport.Status.UNCHANGED));
                continue;
            }
            fileWriter.edit(file, Revision.stamped(path, decision.side().current(), text, revisedAt, false), siteDir);
            ImportReport.Status status = !decision.edited() ? ImportReport.Status.UPDATED
                    : decision.updatedFromSource() ? ImportReport.Status.MERGED : ImportReport.Status.KEPT_EDITED;
            outcomes.add(new ImportReport.FileOutcome(path, status));
        }
        for (ArticleMerge.Side side : changed) {
            if (!decided.contains(side.path())) {
                outcomes.add(new ImportReport.FileOutcome(side.path(), ImportReport.Status.KEPT_EDITED));
            }
        }
        return outcomes;
    }

    /** The article as imported from {@code sourceFile}. */
    private static ImportedArticle withSourceFile(ImportedArticle a, String sourceFile) {
        return new ImportedArticle(sourceFile, a.encoding(), a.zh(), a.en(), a.keywords(), a.source(), a.views(),
                a.date(), a.monthDay(), a.problems());
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
