package dev.duet.content;

import dev.duet.diagnostic.Problem;
import dev.duet.diagnostic.Severity;
import dev.duet.io.AtomicWriter;
import dev.duet.io.CodeVersion;
import dev.duet.source.ArticleText;
import dev.duet.source.DuplicateFinder;
import dev.duet.source.ImportedArticle;
import dev.duet.source.SourceLink;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The file {@link ImportMemo} is kept in, {@code target/duet/import-memo.bin}: a header with the version of Duet
 * that wrote it, then the sources, the article files and the files known as import's output, and an end mark, so
 * that a file cut short is no memo.
 */
final class ImportMemoFile {

    static final String FILE_NAME = "import-memo.bin";
    private static final String MAGIC = "duet-import-memo 1";
    private static final int END = 0x0D0E0D0E;
    /** More values than a signature has mean a damaged file. */
    private static final int MAX_INTS = 1 << 16;

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
        try (InputStream file = Files.newInputStream(cacheDir.resolve(FILE_NAME));
                DataInputStream in = new DataInputStream(new BufferedInputStream(file, 1 << 16))) {
            if (!in.readUTF().equals(MAGIC) || !in.readUTF().equals(key())) {
                throw new IOException("a memo of another version");
            }
            Map<String, ImportMemo.Parsed> sources = new HashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String sourceFile = in.readUTF();
                sources.put(sourceFile, readSource(in, sourceFile));
            }
            Map<String, ImportMemo.Found> found = new HashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String path = in.readUTF();
                ImportMemo.Stamp stamp = stamp(in);
                long high = in.readLong();
                long low = in.readLong();
                Optional<String> sourceFile = optional(in);
                Optional<String> importDigest = optional(in);
                boolean dated = in.readBoolean();
                found.put(path, new ImportMemo.Found(stamp, high, low, new ContentWriter.Existing(path,
                        ContentFile.pairName(path), sourceFile, importDigest, dated)));
            }
            Map<String, ImportMemo.Output> outputs = new HashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String path = in.readUTF();
                outputs.put(path, new ImportMemo.Output(stamp(in), in.readLong(), in.readLong(), in.readLong(),
                        in.readLong()));
            }
            if (in.readInt() != END || in.read() != -1) {
                throw new IOException("a memo cut short or damaged");
            }
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
            DataOutputStream out = new DataOutputStream(stream);
            out.writeUTF(MAGIC);
            out.writeUTF(key());
            out.writeInt(sources.size());
            for (Map.Entry<String, ImportMemo.Parsed> entry : sources.entrySet()) {
                out.writeUTF(entry.getKey());
                writeSource(out, entry.getValue());
            }
            out.writeInt(found.size());
            for (ImportMemo.Found entry : found.values()) {
                ContentWriter.Existing existing = entry.existing();
                out.writeUTF(existing.path());
                stamp(out, entry.stamp());
                out.writeLong(entry.high());
                out.writeLong(entry.low());
                optional(out, existing.sourceFile());
                optional(out, existing.importDigest());
                out.writeBoolean(existing.dated());
            }
            out.writeInt(outputs.size());
            for (Map.Entry<String, ImportMemo.Output> entry : outputs.entrySet()) {
                out.writeUTF(entry.getKey());
                stamp(out, entry.getValue().stamp());
                out.writeLong(entry.getValue().high());
                out.writeLong(entry.getValue().low());
                out.writeLong(entry.getValue().fileHigh());
                out.writeLong(entry.getValue().fileLow());
            }
            out.writeInt(END);
            out.flush();
        });
    }

    private static ImportMemo.Parsed readSource(DataInputStream in, String sourceFile) throws IOException {
        ImportMemo.Stamp stamp = stamp(in);
        long[] digest = {in.readLong(), in.readLong()};
        String encoding = in.readUTF();
        Optional<ArticleText> zh = optional(in).map(title -> ImportMemo.outline("zh", title));
        Optional<ArticleText> en = optional(in).map(title -> ImportMemo.outline("en", title));
        Optional<SourceLink> link = optional(in).map(url -> new SourceLink(url, Optional.empty(), Optional.empty()));
        Optional<LocalDate> date = in.readBoolean() ? Optional.of(LocalDate.ofEpochDay(in.readLong()))
                : Optional.empty();
        List<Problem> problems = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            problems.add(new Problem(Severity.valueOf(in.readUTF()), in.readUTF(), in.readUTF(), in.readInt(),
                    in.readUTF()));
        }
        ImportedArticle outline = new ImportedArticle(sourceFile, encoding, zh, en, List.of(), link,
                Optional.empty(), date, Optional.empty(), problems);
        DuplicateFinder.Signature signature = new DuplicateFinder.Signature(optional(in), ints(in), ints(in));
        return new ImportMemo.Parsed(stamp, new ImportMemo.Source(digest, outline, signature));
    }

    private static void writeSource(DataOutputStream out, ImportMemo.Parsed parsed) throws IOException {
        stamp(out, parsed.stamp());
        ImportMemo.Source source = parsed.source();
        out.writeLong(source.digest()[0]);
        out.writeLong(source.digest()[1]);
        ImportedArticle article = source.outline();
        out.writeUTF(article.encoding());
        optional(out, article.zh().map(ArticleText::title));
        optional(out, article.en().map(ArticleText::title));
        optional(out, article.source().map(SourceLink::url));
        out.writeBoolean(article.date().isPresent());
        if (article.date().isPresent()) {
            out.writeLong(article.date().get().toEpochDay());
        }
        out.writeInt(article.problems().size());
        for (Problem problem : article.problems()) {
            out.writeUTF(problem.severity().name());
            out.writeUTF(problem.code());
            out.writeUTF(problem.file());
            out.writeInt(problem.line());
            out.writeUTF(problem.message());
        }
        DuplicateFinder.Signature signature = source.signature();
        optional(out, signature.url());
        ints(out, signature.zh());
        ints(out, signature.en());
    }

    private static ImportMemo.Stamp stamp(DataInputStream in) throws IOException {
        return new ImportMemo.Stamp(in.readLong(), in.readLong());
    }

    private static void stamp(DataOutputStream out, ImportMemo.Stamp stamp) throws IOException {
        out.writeLong(stamp.size());
        out.writeLong(stamp.modified());
    }

    private static Optional<int[]> ints(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return Optional.empty();
        }
        int length = in.readInt();
        if (length < 0 || length > MAX_INTS) {
            throw new IOException("a signature of " + length + " values");
        }
        byte[] bytes = new byte[4 * length];
        in.readFully(bytes);
        int[] values = new int[length];
        ByteBuffer.wrap(bytes).asIntBuffer().get(values);
        return Optional.of(values);
    }

    private static void ints(DataOutputStream out, Optional<int[]> values) throws IOException {
        out.writeBoolean(values.isPresent());
        if (values.isPresent()) {
            int[] ints = values.get();
            ByteBuffer bytes = ByteBuffer.allocate(4 * ints.length);
            bytes.asIntBuffer().put(ints);
            out.writeInt(ints.length);
            out.write(bytes.array());
        }
    }

    private static Optional<String> optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
    }

    private static void optional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            out.writeUTF(value.get());
        }
    }

    /** What the memo is valid for: the code that wrote it. */
    private static String key() {
        return CodeVersion.of(ImportMemoFile.class);
    }
}
