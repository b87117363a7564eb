package dev.duet.content;

import dev.duet.diagnostic.Problem;
import dev.duet.diagnostic.Severity;
import dev.duet.io.RecordInput;
import dev.duet.io.RecordOutput;
import dev.duet.io.SharedStrings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.Optional;

/**
 * The bytes of a {@link ReadCache}: a header (a mark, the format and the cache's key), then each file's digest,
 * front matter, body and problems, each field in the order of its record's constructor, and a CRC-32C of all that at the
 * end. Decoding fails, rather than guessing, on any other format or key, or on bytes that do not add up.
 */
final class ReadRecords {

    private static final String MARK = "duet-read-cache";
    /** Bytes read or written at a time: the cache of a million articles does not fit in memory besides them. */
    private static final int BUFFER = 1 << 16;
    /** Raised whenever what is written changes. */
    private static final int FORMAT = 6;

    private ReadRecords() {
    }

    /** Writes the entries to {@code sink}, a buffer at a time, the CRC-32C of everything last. */
    static void encode(Collection<ReadCache.Entry> entries, String key, Path siteDir, OutputStream sink)
            throws IOException {
        encode(entries, key, siteDir, sink, BUFFER);
    }

    static void encode(Collection<ReadCache.Entry> entries, String key, Path siteDir, OutputStream sink,
            int bufferSize) throws IOException {
        RecordOutput out = new RecordOutput(sink, bufferSize);
        out.writeString(MARK);
        out.writeInt(FORMAT);
        out.writeString(key);
        out.writeInt(entries.size());
        for (ReadCache.Entry entry : entries) {
            ContentFile file = entry.file();
            out.writeLong(entry.high());
            out.writeLong(entry.low());
            Body.Stamp stamp = file.body().stampBelow(siteDir, file.path()).orElseThrow();
            out.writeString(file.path());
            out.writeInt(file.bodyLine());
            frontMatter(out, file.frontMatter());
            Body body = file.body();
            out.writeLong(stamp.size());
            out.writeLong(stamp.modifiedNanos());
            out.writeBoolean(stamp.settled());
            out.writeBoolean(stamp.plain());
            out.writeInt(body.length());
            out.writeInt(body.utf8Length());
            out.writeLong(body.high());
            out.writeLong(body.low());
            out.writeStrings(body.imageSources());
            out.writeInt(entry.problems().size());
            for (Problem problem : entry.problems()) {
                out.writeString(problem.severity().name());
                out.writeString(problem.code());
                out.writeInt(problem.line());
                out.writeString(problem.message());
            }
        }
        out.finish();
    }

    /**
     * The entries of the {@code length} bytes of {@code source}, by path, whose bodies are read again from below
     * {@code siteDir}, each file kept as {@code keep} gives it.
     */
    static Map<String, ReadCache.Entry> decode(InputStream source, long length, String key, Path siteDir,
            SharedStrings shared, UnaryOperator<ContentFile> keep) throws IOException {
        return decode(source, length, key, siteDir, shared, keep, BUFFER);
    }

    static Map<String, ReadCache.Entry> decode(InputStream source, long length, String key, Path siteDir,
            SharedStrings shared, UnaryOperator<ContentFile> keep, int bufferSize)
            throws IOException {
        if (length < Long.BYTES) {
            throw new IOException("too short");
        }
        RecordInput in = new RecordInput(source, length - Long.BYTES, bufferSize);
        if (!MARK.equals(in.readString()) || in.getInt() != FORMAT || !key.equals(in.readString())) {
            throw new IOException("another version");
        }
        int count = in.getInt();
        Map<String, ReadCache.Entry> entries = new HashMap<>();
        for (int i = 0; i < count; i++) {
            long high = in.getLong();
            long low = in.getLong();
            String path = in.readString();
            int bodyLine = in.getInt();
            FrontMatter frontMatter = frontMatter(in).forBuild(shared);
            Body.Stamp stamp = new Body.Stamp(in.getLong(), in.getLong(), in.get() != 0, in.get() != 0);
            Body body = Body.restored(siteDir, path, stamp, in.getInt(), in.getInt(), in.getLong(), in.getLong(),
                    in.readStrings());
            int problemCount = in.getInt();
            List<Problem> problems = new ArrayList<>(Math.min(problemCount, 64));
            for (int p = 0; p < problemCount; p++) {
                problems.add(new Problem(Severity.valueOf(in.readString()), in.readString(), path, in.getInt(), in.readString()));
            }
            entries.put(path, new ReadCache.Entry(keep.apply(new ContentFile(path, frontMatter, body, bodyLine)),
                    problems, high, low));
        }
        in.finish();
        return entries;
    }

    static void frontMatter(RecordOutput out, FrontMatter fm) throws IOException {
        out.writeString(fm.title());
        out.writeString(fm.lang());
        optional(out, fm.script());
        out.writeBoolean(fm.date().isPresent());
        if (fm.date().isPresent()) {
            out.writeLong(fm.date().get().toEpochDay());
        }
        optional(out, fm.slug());
        out.writeStrings(fm.tags());
        optional(out, fm.dateline());
        optional(out, fm.agency());
        out.writeStrings(fm.reporters());
        optional(out, fm.headline());
        optional(out, fm.sourceUrl());
        optional(out, fm.sourceName());
        out.writeBoolean(fm.views().isPresent());
        if (fm.views().isPresent()) {
            out.writeInt(fm.views().get());
        }
        optional(out, fm.duplicateOf());
        optional(out, fm.sourceFile());
        optional(out, fm.translationKey());
        out.writeBoolean(fm.draft());
        optional(out, fm.importDigest());
        Publication publication = fm.publication();
        time(out, publication.published());
        time(out, publication.updated());
        optional(out, publication.correction());
        out.writeBoolean(publication.unpublished());
        out.writeStrings(publication.aliases());
        out.writeInt(publication.aliasLine());
        out.writeInt(publication.aliasLines().size());
        for (int line : publication.aliasLines()) {
            out.writeInt(line);
        }
        out.writeBoolean(publication.timeUnread());
        optional(out, fm.section());
        out.writeBoolean(fm.image().isPresent());
        if (fm.image().isPresent()) {
            ImageField image = fm.image().get();
            out.writeString(image.src());
            map(out, image.alt());
            map(out, image.caption());
            map(out, image.credit());
            out.writeInt(image.line());
        }
        out.writeBoolean(fm.lead());
    }

    static FrontMatter frontMatter(RecordInput in) throws IOException {
        String title = in.readString();
        String lang = in.readString();
        Optional<String> script = optional(in);
        Optional<LocalDate> date = in.get() != 0 ? Optional.of(LocalDate.ofEpochDay(in.getLong())) : Optional.empty();
        Optional<String> slug = optional(in);
        List<String> tags = in.readStrings();
        Optional<String> dateline = optional(in);
        Optional<String> agency = optional(in);
        List<String> reporters = in.readStrings();
        Optional<String> headline = optional(in);
        Optional<String> sourceUrl = optional(in);
        Optional<String> sourceName = optional(in);
        Optional<Integer> views = in.get() != 0 ? Optional.of(in.getInt()) : Optional.empty();
        Optional<String> duplicateOf = optional(in);
        Optional<String> sourceFile = optional(in);
        Optional<String> translationKey = optional(in);
        boolean draft = in.get() != 0;
        Optional<String> importDigest = optional(in);
        Optional<NewsTime> published = time(in);
        Optional<NewsTime> updated = time(in);
        Optional<String> correction = optional(in);
        boolean unpublished = in.get() != 0;
        List<String> aliases = in.readStrings();
        int aliasLine = in.getInt();
        List<Integer> aliasLines = new java.util.ArrayList<>();
        for (int i = in.getInt(); i > 0; i--) {
            aliasLines.add(in.getInt());
        }
        Publication publication = new Publication(published, updated, correction, unpublished, aliases, aliasLine,
                aliasLines, in.get() != 0);
        Optional<String> section = optional(in);
        Optional<ImageField> image = Optional.empty();
        if (in.get() != 0) {
            image = Optional.of(new ImageField(in.readString(), map(in), map(in), map(in), in.getInt()));
        }
        boolean lead = in.get() != 0;
        return new FrontMatter(title, lang, script, date, slug, tags, dateline, agency, reporters, headline,
                sourceUrl, sourceName, views, duplicateOf, sourceFile, translationKey, draft, importDigest,
                publication, section, image, lead);
    }

    private static void time(RecordOutput out, Optional<NewsTime> time) throws IOException {
        out.writeBoolean(time.isPresent());
        if (time.isPresent()) {
            out.writeLong(time.get().date().toEpochDay());
            out.writeLong(time.get().time().map(LocalTime::toNanoOfDay).orElse(-1L));
            out.writeInt(time.get().offset().getTotalSeconds());
        }
    }

    private static Optional<NewsTime> time(RecordInput in) throws IOException {
        if (in.get() == 0) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.ofEpochDay(in.getLong());
        long nanos = in.getLong();
        Optional<LocalTime> time = nanos < 0 ? Optional.empty() : Optional.of(LocalTime.ofNanoOfDay(nanos));
        return Optional.of(new NewsTime(date, time, ZoneOffset.ofTotalSeconds(in.getInt())));
    }

    private static void map(RecordOutput out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> entry : map.entrySet()) {
            out.writeString(entry.getKey());
            out.writeString(entry.getValue());
        }
    }

    private static Map<String, String> map(RecordInput in) throws IOException {
        int size = in.readCount();
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            map.put(in.readString(), in.readString());
        }
        return map;
    }

    private static void optional(RecordOutput out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            out.writeString(value.get());
        }
    }

    private static Optional<String> optional(RecordInput in) throws IOException {
        return in.get() != 0 ? Optional.of(in.readString()) : Optional.empty();
    }
}
