package dev.duet.content;

import dev.duet.diagnostic.Problem;
import dev.duet.diagnostic.Severity;
import dev.duet.io.AtomicWriter;
import dev.duet.io.CodeVersion;
import dev.duet.io.RecordInput;
import dev.duet.io.RecordOutput;
import dev.duet.source.ArticleText;
import dev.duet.source.DuplicateFinder;
import dev.duet.source.ImportedArticle;
import dev.duet.source.SourceLink;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The file {@link ImportMemo} is kept in, {@code target/duet/import-memo.bin}: a header with the version of Duet
 * that wrote it, then the sources, the article files and the files known as import's output, in
 * {@link RecordOutput}'s records, and the CRC of them all, so that a file cut short or damaged is no memo.
 */
final class ImportMemoFile {

    static final String FILE_NAME = "import-memo.bin";
    private static final String MAGIC = "duet-import-memo 5";
    private static final int BUFFER = 1 << 16;

    /** What the file holds, by path. */
    record Contents(Map<String, ImportMemo.Parsed> sources, Map<String, ImportMemo.Found> found,
            Map<String, ImportMemo.Output> outputs) {
    }

    private ImportMemoFile() {
    }

    /**
     * The memo in {@code cacheDir}.
     *
     * @throws IOException when there is none, or it is of another version, cut short or damaged
     */
    static Contents read(Path cacheDir) throws IOException {
        // The length of the file opened, whatever replaces the name meanwhile.
        try (FileChannel channel = FileChannel.open(cacheDir.resolve(FILE_NAME))) {
            if (channel.size() < Long.BYTES) {
                throw new IOException("a memo cut short");
            }
            RecordInput in = new RecordInput(Channels.newInputStream(channel), channel.size() - Long.BYTES, BUFFER);
            if (!in.readString().equals(MAGIC) || !in.readString().equals(key())) {
                throw new IOException("a memo of another version");
            }
            Map<String, ImportMemo.Parsed> sources = new HashMap<>();
            for (int n = in.readCount(); n > 0; n--) {
                String sourceFile = in.readString();
                sources.put(sourceFile, readSource(in, sourceFile));
            }
            Map<String, ImportMemo.Found> found = new HashMap<>();
            for (int n = in.readCount(); n > 0; n--) {
                String path = in.readString();
                ImportMemo.Stamp stamp = stamp(in);
                long high = in.getLong();
                long low = in.getLong();
                Optional<String> sourceFile = optional(in);
                Optional<String> importDigest = optional(in);
                boolean dated = in.get() != 0;
                Optional<String> sourceUrl = optional(in);
                String importedAs = in.readString();
                Optional<String> slug = optional(in);
                boolean duplicateDropped = in.get() != 0;
                boolean duplicate = in.get() != 0;
                found.put(path, new ImportMemo.Found(stamp, high, low, new ArticleOnDisk(path,
                        ContentFile.pairName(path), sourceFile, importDigest, dated, sourceUrl, importedAs, slug,
                        duplicateDropped, duplicate)));
            }
            Map<String, ImportMemo.Output> outputs = new HashMap<>();
            for (int n = in.readCount(); n > 0; n--) {
                String path = in.readString();
                outputs.put(path, new ImportMemo.Output(stamp(in), in.getLong(), in.getLong(), in.getLong(),
                        in.getLong()));
            }
            in.finish();
            return new Contents(sources, found, outputs);
        }
    }

    /** Writes {@code contents} to {@code cacheDir}. */
    static void write(Path cacheDir, Contents contents) throws IOException {
        // In no order: the memo is only read back whole, and sorting half a million paths took a second.
        Map<String, ImportMemo.Parsed> sources = contents.sources();
        Map<String, ImportMemo.Found> found = contents.found();
        Map<String, ImportMemo.Output> outputs = contents.outputs();
        new AtomicWriter().write(cacheDir.resolve(FILE_NAME), stream -> {
            RecordOutput out = new RecordOutput(stream, BUFFER);
            out.writeString(MAGIC);
            out.writeString(key());
            out.writeInt(sources.size());
            for (Map.Entry<String, ImportMemo.Parsed> entry : sources.entrySet()) {
                out.writeString(entry.getKey());
                writeSource(out, entry.getValue());
            }
            out.writeInt(found.size());
            for (ImportMemo.Found entry : found.values()) {
                ArticleOnDisk existing = entry.existing();
                out.writeString(existing.path());
                stamp(out, entry.stamp());
                out.writeLong(entry.high());
                out.writeLong(entry.low());
                optional(out, existing.sourceFile());
                optional(out, existing.importDigest());
                out.writeBoolean(existing.dated());
                optional(out, existing.sourceUrl());
                out.writeString(existing.importedAs());
                optional(out, existing.slug());
                out.writeBoolean(existing.duplicateDropped());
                out.writeBoolean(existing.duplicate());
            }
            out.writeInt(outputs.size());
            for (Map.Entry<String, ImportMemo.Output> entry : outputs.entrySet()) {
                out.writeString(entry.getKey());
                stamp(out, entry.getValue().stamp());
                out.writeLong(entry.getValue().high());
                out.writeLong(entry.getValue().low());
                out.writeLong(entry.getValue().fileHigh());
                out.writeLong(entry.getValue().fileLow());
            }
            out.finish();
        });
    }

    private static ImportMemo.Parsed readSource(RecordInput in, String sourceFile) throws IOException {
        ImportMemo.Stamp stamp = stamp(in);
        long[] digest = {in.getLong(), in.getLong()};
        String encoding = in.readString();
        Optional<ArticleText> zh = optional(in).map(title -> ImportMemo.outline("zh", title));
        Optional<ArticleText> en = optional(in).map(title -> ImportMemo.outline("en", title));
        Optional<SourceLink> link = optional(in).map(url -> new SourceLink(url, Optional.empty(), Optional.empty()));
        Optional<LocalDate> date = in.get() != 0 ? Optional.of(LocalDate.ofEpochDay(in.getLong()))
                : Optional.empty();
        List<Problem> problems = new ArrayList<>();
        for (int n = in.readCount(); n > 0; n--) {
            problems.add(new Problem(Severity.valueOf(in.readString()), in.readString(), in.readString(), in.getInt(),
                    in.readString()));
        }
        ImportedArticle outline = new ImportedArticle(sourceFile, encoding, zh, en, List.of(), link,
                Optional.empty(), date, Optional.empty(), problems);
        DuplicateFinder.Signature signature = new DuplicateFinder.Signature(optional(in), ints(in), ints(in),
                date);
        return new ImportMemo.Parsed(stamp, new ImportMemo.Source(digest, outline, signature));
    }

    private static void writeSource(RecordOutput out, ImportMemo.Parsed parsed) throws IOException {
        stamp(out, parsed.stamp());
        ImportMemo.Source source = parsed.source();
        out.writeLong(source.digest()[0]);
        out.writeLong(source.digest()[1]);
        ImportedArticle article = source.outline();
        out.writeString(article.encoding());
        optional(out, article.zh().map(ArticleText::title));
        optional(out, article.en().map(ArticleText::title));
        optional(out, article.source().map(SourceLink::url));
        out.writeBoolean(article.date().isPresent());
        if (article.date().isPresent()) {
            out.writeLong(article.date().get().toEpochDay());
        }
        out.writeInt(article.problems().size());
        for (Problem problem : article.problems()) {
            out.writeString(problem.severity().name());
            out.writeString(problem.code());
            out.writeString(problem.file());
            out.writeInt(problem.line());
            out.writeString(problem.message());
        }
        DuplicateFinder.Signature signature = source.signature();
        optional(out, signature.url());
        ints(out, signature.zh());
        ints(out, signature.en());
    }

    private static ImportMemo.Stamp stamp(RecordInput in) throws IOException {
        return new ImportMemo.Stamp(in.getLong(), in.getLong());
    }

    private static void stamp(RecordOutput out, ImportMemo.Stamp stamp) throws IOException {
        out.writeLong(stamp.size());
        out.writeLong(stamp.modified());
    }

    private static Optional<int[]> ints(RecordInput in) throws IOException {
        if (in.get() == 0) {
            return Optional.empty();
        }
        int[] values = new int[in.readCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.getInt();
        }
        return Optional.of(values);
    }

    private static void ints(RecordOutput out, Optional<int[]> values) throws IOException {
        out.writeBoolean(values.isPresent());
        if (values.isPresent()) {
            out.writeInt(values.get().length);
            for (int value : values.get()) {
                out.writeInt(value);
            }
        }
    }

    private static Optional<String> optional(RecordInput in) throws IOException {
        return in.get() != 0 ? Optional.of(in.readString()) : Optional.empty();
    }

    private static void optional(RecordOutput out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            out.writeString(value.get());
        }
    }

    /** What the memo is valid for: the code that wrote it. */
    private static String key() {
        return CodeVersion.of(ImportMemoFile.class);
    }
}
