package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.content.ArticleOnDisk;
import dev.duet.content.ContentWriter;
import dev.duet.content.ContentReader;
import dev.duet.content.ImportJournal;
import dev.duet.content.ImportMemo;
import dev.duet.content.ImportOrder;
import dev.duet.content.ImportReport;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import dev.duet.diagnostic.Problems;
import dev.duet.io.FileClock;
import dev.duet.io.SiteFileNames;
import dev.duet.io.SiteFiles;
import dev.duet.source.DuplicateFinder;
import dev.duet.source.ImportedArticle;
import dev.duet.source.SourceParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Import: parses source files on every core and writes them as Markdown article files, never clobbering edits
 * (only {@code overwriteEdited} replaces them, after keeping a copy; {@code force} never does). It works in
 * batches, so that a corpus of any size imports in bounded memory; paths depend only on source order.
 */
final class SourceImport {

    /** Source files parsed and written at a time. */
    private static final int BATCH = 1024;

    /** What import needs of the article files already on disk, in path order. */
    interface ExistingArticles {
        /** The files, each read only when {@code memo} does not know it as it is. */
        List<ArticleOnDisk> read(Workers workers, ImportMemo memo) throws IOException;
    }

    private final SiteConfig config;
    private static final long PROGRESS_EVERY = TimeUnit.SECONDS.toNanos(5);
    private final BuildListener listener;

    SourceImport(SiteConfig config, BuildListener listener) {
        this.config = config;
        this.listener = listener;
    }

    /** The sources whose articles on disk are all edited by hand and dated: import leaves those dates alone. */
    private static Set<String> datedByHand(List<ContentWriter.Planned> planned, Map<String, Boolean> edited) {
        Set<String> dated = new HashSet<>();
        for (ContentWriter.Planned plan : planned) {
            List<String> onDisk = ContentWriter.paths(plan).stream().filter(edited::containsKey).toList();
            if (!onDisk.isEmpty() && onDisk.stream().allMatch(edited::get)) {
                dated.add(plan.article().sourceFile());
            }
        }
        return dated;
    }

    /** The plans, each story repeating an earlier one (same URL, or almost the same text) marked, with a warning. */
    private List<ContentWriter.Planned> markDuplicates(List<ContentWriter.Planned> planned,
            List<ImportedArticle> imported, DuplicateFinder.Signature[] signatures, DuplicateFinder duplicates,
            Problems problems, Workers workers, Set<String> dropped) throws IOException {
        Map<String, DuplicateFinder.Signature> bySource = new HashMap<>();
        for (int i = 0; i < imported.size(); i++) {
            bySource.put(imported.get(i).sourceFile(), signatures[i]);
        }
        List<String> files = planned.stream().map(p -> p.article().sourceFile()).toList();
        List<Optional<DuplicateFinder.Duplicate>> found = duplicates.addAll(files,
                files.stream().map(bySource::get).toList(), (size, task) -> workers.share(size, next -> {
                    for (int i = next.index(); i >= 0; i = next.index()) {
                        task.accept(i);
                    }
                }));
        List<ContentWriter.Planned> marked = new ArrayList<>(planned.size());
        for (int k = 0; k < planned.size(); k++) {
            ContentWriter.Planned plan = planned.get(k);
            String file = files.get(k);
            Optional<DuplicateFinder.Duplicate> duplicate = found.get(k);
            if (duplicate.isPresent()) {
                if (!dropped.contains(plan.base())) { // its editor removed the mark: they are different stories
                    problems.add(Problem.warning("import.duplicate", file, 0, "the same story as "
                            + duplicate.get().of() + " (" + duplicate.get().reason() + "): both are imported, this"
                            + " one marked 'duplicateOf: " + duplicate.get().of() + "' (set <skipDuplicates> to leave"
                            + " it out of the site, or delete the line if they are different stories)"));
                }
                marked.add(plan.duplicateOf(duplicate.get().of()));
            } else {
                marked.add(plan);
            }
        }
        return marked;
    }

    /**
     * Imports every {@code sources/**}{@code /*.txt} file; a missing sources folder is an error that names it. What
     * it learns of the article files is kept for the next import ({@link ImportMemo}); with {@code force}, the last
     * import's memo is not trusted and every file is read.
     */
    ImportReport importAll(ExistingArticles existing) throws IOException {
        return importAll(existing, config.force() ? ImportMemo.empty() : ImportMemo.load(config.keptCopiesDir()));
    }

    /** {@link #importAll(ExistingArticles)} with {@code memo}, the last import's, saved for the next. */
    ImportReport importAll(ExistingArticles existing, ImportMemo memo) throws IOException {
        Problems problems = new Problems();
        SiteFiles.Listing sources = listSources(problems);
        problems.addAll(sources.problems());
        ImportReport report = importFiles(sources.files(), existing, problems, memo);
        try {
            memo.save(config.keptCopiesDir());
        } catch (IOException e) { // the memo only saves time: the next import reads the files it would have known
        }
        return report;
    }

    private ImportReport importFiles(List<Path> listed, ExistingArticles existingArticles, Problems problems,
            ImportMemo lastMemo) throws IOException {
        SourceParser parser = new SourceParser();
        List<ImportReport.FileOutcome> outcomes = new ArrayList<>();
        List<ImportReport.SourceEncoding> encodings = new ArrayList<>();
        int importable = 0;
        DuplicateFinder duplicates = new DuplicateFinder();
        try (Workers workers = new Workers(config.threads())) {
            List<ArticleOnDisk> existing = existingArticles.read(workers, lastMemo);
            List<Path> sources = ImportOrder.importedFirst(listed, existing, file -> SitePath.of(config, file));
            // A first import keeps no memo (a sixth of its time, for the next's sake); the next keeps it.
            ImportMemo memo = existing.isEmpty() && lastMemo.knowsNothing() ? ImportMemo.none() : lastMemo;
            ImportJournal journal = ImportJournal.open(config.cacheDir());
            journal.removeLeftovers(config.articlesDir());
            Optional<Path> keepEditedIn = config.overwriteEdited()
                    ? Optional.of(config.keptCopiesDir().resolve("edited")) : Optional.empty();
            // The build tells what is wrong in the file of deleted stories; import only leaves them deleted.
            ContentWriter writer = new ContentWriter(config.siteDir(), config.articlesDir(), keepEditedIn, existing,
                    journal.unfinished(), config.keptCopiesDir().resolve("incoming"),
                    DeletedArticles.forImport(config, existing.stream().map(ArticleOnDisk::path).toList()),
                    SiteFiles.of(config).refusalsToWrite(config.articlesDir()),
                    Set.copyOf(sources.stream().map(file -> SitePath.of(config, file)).toList()), config.buildTime());
            Map<String, Boolean> edited = new HashMap<>(); // each article file on disk: edited by hand, and dated
            existing.forEach(e -> edited.put(e.path(), e.importDigest().isEmpty() && e.dated()));
            Set<String> dropped = new HashSet<>();
            existing.stream().filter(ArticleOnDisk::duplicateDropped).forEach(e -> dropped.add(e.pairName()));
            long started = System.nanoTime();
            long nextProgress = started + PROGRESS_EVERY;
            for (int from = 0; from < sources.size(); from += BATCH) {
                if (System.nanoTime() >= nextProgress) { // a long import shows in Maven's log that it is moving
                    nextProgress = System.nanoTime() + PROGRESS_EVERY;
                    listener.info(String.format(java.util.Locale.ROOT,
                            "Importing: %,d of %,d source files done (%d s)", from,
                            sources.size(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)));
                }
                List<Path> batch = sources.subList(from, Math.min(sources.size(), from + BATCH));
                ImportedArticle[] parsed = new ImportedArticle[batch.size()];
                DuplicateFinder.Signature[] signatures = new DuplicateFinder.Signature[batch.size()];
                long[][] digests = new long[batch.size()][];
                // The sources the memo knew as they are: their articles are outlines, read again to be written.
                Map<String, Path> outlined = new ConcurrentHashMap<>();
                workers.share(batch.size(), next -> {
                    for (int i = next.index(); i >= 0; i = next.index()) {
                        Path file = batch.get(i);
                        String sourceFile = SitePath.of(config, file);
                        try {
                            if (!memo.recording()) {
                                parsed[i] = parser.parse(sourceFile, Files.readAllBytes(file));
                                signatures[i] = DuplicateFinder.signature(parsed[i]);
                                continue;
                            }
                            long readAt = FileClock.now();
                            Optional<ImportMemo.Stamp> stamp = ImportMemo.Stamp.of(file);
                            Optional<ImportMemo.Source> known = stamp.flatMap(at -> memo.source(sourceFile, at));
                            if (known.isEmpty()) {
                                byte[] bytes = Files.readAllBytes(file);
                                long[] digest = ImportMemo.sourceDigest(sourceFile, bytes);
                                // Known by digest, and by stamp only if it was settled (a change gives a later time).
                                ImportMemo.Stamp kept = stamp.orElse(ImportMemo.Stamp.UNTRUSTED);
                                known = memo.source(sourceFile, kept, readAt, digest);
                                if (known.isEmpty()) {
                                    parsed[i] = parser.parse(sourceFile, bytes);
                                    signatures[i] = DuplicateFinder.signature(parsed[i]);
                                    digests[i] = digest;
                                    memo.parsed(kept, readAt, digest, parsed[i], signatures[i]);
                                    continue;
                                }
                            }
                            parsed[i] = known.get().outline();
                            signatures[i] = known.get().signature();
                            digests[i] = known.get().digest();
                            outlined.put(sourceFile, file);
                        } catch (IOException e) {
                            parsed[i] = SourceParser.unreadable(sourceFile, dev.duet.io.FileErrors.readReason(e));
                            signatures[i] = DuplicateFinder.signature(parsed[i]);
                        }
                    }
                });
                Map<String, long[]> sourceDigests = new HashMap<>();
                for (int i = 0; i < batch.size(); i++) {
                    sourceDigests.put(parsed[i].sourceFile(), digests[i]);
                }
                List<ImportedArticle> imported = List.of(parsed);
                Problems planning = new Problems();
                List<ContentWriter.Planned> planned = markDuplicates(writer.plan(imported, planning), imported,
                        signatures, duplicates, planning, workers, dropped);
                Set<String> datedByHand = datedByHand(planned, edited);
                Map<String, List<String>> filesOf = new HashMap<>();
                planned.forEach(p -> filesOf.put(p.article().sourceFile(), ContentWriter.paths(p)));
                for (ImportedArticle article : imported) {
                    // The date an editor added to the article's files answers the warning about its missing date.
                    List<String> files = filesOf.getOrDefault(article.sourceFile(), List.of());
                    article.problems().stream().filter(p -> !(p.code().equals(SourceParser.NO_DATE)
                            && datedByHand.contains(article.sourceFile())))
                            .map(p -> p.code().equals(SourceParser.NO_DATE) && !files.isEmpty() ? new Problem(
                                    p.severity(), p.code(), p.file(), p.line(), p.message() + " ("
                                    + String.join(" and ", files) + ")") : p)
                            .forEach(problems::add);
                    if (article.isImportable()) {
                        importable++;
                        if (!article.encoding().startsWith("utf-8")) {
                            encodings.add(new ImportReport.SourceEncoding(article.sourceFile(), article.encoding()));
                        }
                    }
                }
                problems.addAll(planning.toList());
                List<String> paths = new ArrayList<>(2 * planned.size());
                planned.forEach(p -> paths.addAll(ContentWriter.paths(p)));
                journal.begin(paths);
                ContentWriter.Written[] written = new ContentWriter.Written[planned.size()];
                Set<String> unfinished = journal.unfinished();
                workers.share(planned.size(), next -> {
                    for (int i = next.index(); i >= 0; i = next.index()) {
                        ContentWriter.Planned plan = planned.get(i);
                        written[i] = write(writer, plan, sourceDigests.get(plan.article().sourceFile()), memo,
                                unfinished, Optional.ofNullable(outlined.get(plan.article().sourceFile())), parser);
                    }
                });
                for (ContentWriter.Written one : written) {
                    importable -= one.leftDeleted() ? 1 : 0;
                    outcomes.addAll(one.files());
                    problems.addAll(one.problems());
                }
            }
            journal.complete();
        }
        ImportReport report = new ImportReport(listed.size(), importable, outcomes, problems.toList(), encodings);
        report.problems().forEach(listener::problem);
        encodings.forEach(e -> listener.info(e.file() + ": read as " + e.encoding().toUpperCase(Locale.ROOT)
                + " (detected); the Markdown is written as UTF-8"));
        listener.info(report.summary());
        return report;
    }

    /**
     * Writes one planned article's files, unless {@code memo} knows each of them, as import found it when it began,
     * to be exactly what import writes for its source: then they are unchanged, as writing them would find, and are
     * not read. What import wrote or found unchanged is kept for the next import. A file an interrupted import left
     * ({@code unfinished}) is always written. An article the memo gave in outline is parsed from its source file,
     * {@code outlinedFrom}, to be written; a source changed since it was looked at waits, with a warning.
     */
    private ContentWriter.Written write(ContentWriter writer, ContentWriter.Planned planned, long[] source,
            ImportMemo memo, Set<String> unfinished, Optional<Path> outlinedFrom, SourceParser parser)
            throws IOException {
        if (!memo.recording()) {
            return writer.write(planned);
        }
        ContentWriter.Planned plan = planned;
        List<String> paths = ContentWriter.paths(plan);
        List<Optional<ImportMemo.Stamp>> stamps = new ArrayList<>(paths.size());
        List<long[]> keys = new ArrayList<>(paths.size());
        boolean present = true;
        boolean known = true;
        for (String path : paths) {
            Optional<ImportMemo.Stamp> stamp = unfinished.contains(path) ? Optional.empty() : memo.listed(path);
            long[] key = ImportMemo.key(source, path, plan.duplicateOf());
            stamps.add(stamp);
            keys.add(key);
            present &= stamp.isPresent() && memo.hasOutput(path, key);
            known &= present && memo.isOutput(path, stamp.get(), key);
        }
        if (memo.deletedSinceWritten(config.siteDir(), paths, keys, unfinished)) {
            return new ContentWriter.Written(List.of(), List.of(ContentWriter.deletedSinceImport(
                    plan.article().sourceFile(), paths)));
        }
        if (!known && present) {
            // Files with new times (a checkout): their bytes may still be those import wrote.
            known = true;
            for (int k = 0; k < paths.size() && known; k++) {
                Optional<long[]> digest = ImportMemo.fileDigestIfThere(config.siteDir().resolve(paths.get(k)));
                known = digest.isPresent() && memo.isOutput(paths.get(k), stamps.get(k).get(), keys.get(k),
                        digest.get());
            }
        }
        if (known) {
            return new ContentWriter.Written(paths.stream().map(path -> new ImportReport.FileOutcome(path,
                    ImportReport.Status.UNCHANGED)).toList(), List.of());
        }
        if (outlinedFrom.isPresent()) {
            String sourceFile = plan.article().sourceFile();
            byte[] bytes = Files.readAllBytes(outlinedFrom.get());
            if (!Arrays.equals(ImportMemo.sourceDigest(sourceFile, bytes), source)) {
                memo.forget(sourceFile);
                return new ContentWriter.Written(List.of(), List.of(Problem.warning("import.source-changed",
                        sourceFile, 0, "changed while import ran, so its articles were left as they were; run import"
                        + " again to import it")));
            }
            plan = new ContentWriter.Planned(parser.parse(sourceFile, bytes), plan.base(), plan.duplicateOf());
        }
        ContentWriter.Written written = writer.write(plan);
        for (Map.Entry<String, byte[]> file : written.asImported().entrySet()) {
            int k = paths.indexOf(file.getKey());
            if (k >= 0) {
                memo.output(file.getKey(), stamps.get(k).orElse(ImportMemo.Stamp.UNTRUSTED), keys.get(k),
                        ImportMemo.fileDigest(file.getValue()));
            }
        }
        return written;
    }

    /**
     * The article files on disk, each read only as far as import needs, on every core, unless the memo knows it as
     * it is; a file that is not a usable article is left out, as the build leaves it out.
     */
    static ExistingArticles onDisk(SiteConfig config) {
        return (workers, memo) -> {
            List<Path> paths = ArticleFiles.list(config).files();
            List<Optional<ArticleOnDisk>> read = new ArrayList<>(Collections.nCopies(paths.size(),
                    Optional.empty()));
            workers.share(paths.size(), next -> {
                for (int i = next.index(); i >= 0; i = next.index()) {
                    Path file = paths.get(i);
                    long readAt = FileClock.now();
                    Optional<ImportMemo.Stamp> stamp = ImportMemo.Stamp.of(file);
                    String path = ContentReader.relative(config.siteDir(), file);
                    stamp.ifPresent(at -> memo.listed(path, at, readAt));
                    Optional<ArticleOnDisk> known = stamp.flatMap(at -> memo.existing(path, at));
                    if (known.isPresent()) {
                        read.set(i, known);
                        continue;
                    }
                    byte[] bytes = Files.readAllBytes(file);
                    long[] digest = ImportMemo.fileDigest(bytes);
                    ImportMemo.Stamp kept = stamp.orElse(ImportMemo.Stamp.UNTRUSTED);
                    Optional<ArticleOnDisk> existing = memo.existing(path, kept, readAt, digest);
                    if (existing.isEmpty()) {
                        existing = ArticleOnDisk.read(config.siteDir(), file, bytes);
                        existing.ifPresent(found -> memo.read(kept, readAt, digest, found));
                    }
                    read.set(i, existing);
                }
            });
            return read.stream().flatMap(Optional::stream).toList();
        };
    }

    /** The source files among a preview's changed files, in path order, less the links out of the site. */
    SiteFiles.Listing changedSources(Set<Path> changed) {
        List<Path> sources = new ArrayList<>();
        TreeMap<Path, Problem> refused = new TreeMap<>();
        for (Path path : changed) {
            if (path.startsWith(config.sourcesDir()) && path.toString().endsWith(".txt") && Files.isRegularFile(path)
                    && !SiteFileNames.isHidden(config.sourcesDir(), path)) {
                Optional<Problem> refusal = SiteFiles.of(config).findRefusal(config.sourcesDir(), path);
                if (refusal.isPresent()) {
                    refused.put(path, refusal.get());
                } else {
                    sources.add(path);
                }
            }
        }
        Collections.sort(sources);
        return new SiteFiles.Listing(sources, refused);
    }

    /** The source files to import; a missing sources folder is an error that names it, not an empty import. */
    private SiteFiles.Listing listSources(Problems problems) throws IOException {
        Path dir = config.sourcesDir();
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.error("import.no-sources", SitePath.of(config, dir), 0, "no sources folder at " + dir
                    + ": create it and put the source .txt files in it, or set <sourcesDir> / -Dduet.sourcesDir to"
                    + " the folder that holds them"));
            return new SiteFiles.Listing(List.of(), new TreeMap<>());
        }
        return SiteFiles.of(config).list(dir, ".txt");
    }
}
