package dev.duet.desk;

import dev.duet.content.ContentFile;
import dev.duet.content.Glossary;
import dev.duet.desk.DeskReport.Finding;
import dev.duet.desk.DeskReport.Kind;
import dev.duet.io.AtomicWriter;
import dev.duet.io.CacheFolder;
import dev.duet.io.CodeVersion;
import dev.duet.io.Hash128;
import dev.duet.io.RecordInput;
import dev.duet.io.RecordOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What the desk found in the texts of each story, kept from one run to the next in the cache folder
 * ({@value #FILE}), so that a run reads again only the bodies of the stories whose files changed since: a check of a
 * site of 10,000 stories otherwise reads all 20,000 article files from disk once more. A story is known by its two
 * files' paths, their stamps (size and time, which the read cache trusts in the same way) and their pages; the
 * memo as a whole by the desk's code and the glossary's terms, which the findings depend on. A memo that is
 * damaged, or was made by another version or with another glossary, is not used.
 */
final class DeskMemo {

    static final String FILE = "desk-memo.bin";
    /** Its format, and the version of what it keeps: findings of the aligner and the checks of the day it was made. */
    private static final String MAGIC = "duet-desk-memo 2";

    /** A story's key: 128 bits of its files' paths, stamps and pages. */
    record Key(long high, long low) {
    }

    /**
     * What a story's texts told the desk: the fields each file had edited since import (empty for a file without
     * the digests import writes), and the findings on its paragraphs and glossary terms.
     */
    record Texts(Optional<Set<String>> zhEdited, Optional<Set<String>> enEdited, List<Finding> findings) {
    }

    private final String key;
    private final Map<Key, Texts> last;
    private final Map<Key, Texts> next = new ConcurrentHashMap<>();
    private final AtomicInteger read = new AtomicInteger();
    private final boolean keeps;

    private DeskMemo(String key, Map<Key, Texts> last, boolean keeps) {
        this.key = key;
        this.last = last;
        this.keeps = keeps;
    }

    /** A memo that keeps nothing: every story's texts are read. */
    static DeskMemo none() {
        return new DeskMemo("", new ConcurrentHashMap<>(), false);
    }

    /** The key of every memo made by this code with this glossary. */
    static String keyOf(Glossary glossary) {
        Hash128 hash = new Hash128().text(CodeVersion.of(DeskMemo.class));
        for (Glossary.Entry entry : glossary.entries()) {
            hash.text(entry.en()).text(entry.zh());
        }
        return hash.hex();
    }

    /**
     * A story's key, when both files had settled when they were read; empty otherwise, and then the story is read
     * each time until they have.
     */
    Optional<Key> story(ContentFile zh, ContentFile en, Function<String, String> pageOf) {
        Optional<String> zhStamp = zh.body().settledStamp();
        Optional<String> enStamp = en.body().settledStamp();
        if (!keeps || zhStamp.isEmpty() || enStamp.isEmpty()) {
            return Optional.empty();
        }
        long[] bits = new Hash128().text(zh.path()).text(zhStamp.get()).text(pageOf.apply(zh.path()))
                .text(en.path()).text(enStamp.get()).text(pageOf.apply(en.path())).bits();
        return Optional.of(new Key(bits[0], bits[1]));
    }

    /** What the last run found in a story's texts, when its files are as they were; let go of either way. */
    Optional<Texts> take(Key story) {
        return Optional.ofNullable(last.remove(story));
    }

    /** Keeps what this run found in a story's texts, read again or taken from the last run. */
    void keep(Key story, Texts texts) {
        next.put(story, texts);
    }

    /** Counts a story whose texts this run read, as the last run had not kept them or its files had changed. */
    void readAgain() {
        read.incrementAndGet();
    }

    /** The stories whose texts this run read. */
    int read() {
        return read.get();
    }

    /** The memo in {@code cacheDir}, or an empty one when it is missing, of another key, or damaged. */
    static DeskMemo load(Path cacheDir, String key) {
        Path file = cacheDir.resolve(FILE);
        Map<Key, Texts> kept = new ConcurrentHashMap<>();
        try (FileChannel channel = FileChannel.open(file)) {
            InputStream source = Channels.newInputStream(channel);
            RecordInput in = new RecordInput(source, channel.size() - Long.BYTES, 1 << 16);
            if (!in.readString().equals(MAGIC) || !in.readString().equals(key)) {
                return new DeskMemo(key, kept, true);
            }
            for (int n = in.readCount(); n > 0; n--) {
                Key story = new Key(in.getLong(), in.getLong());
                Optional<Set<String>> zhEdited = edited(in);
                Optional<Set<String>> enEdited = edited(in);
                List<Finding> findings = new ArrayList<>();
                for (int f = in.readCount(); f > 0; f--) {
                    int kind = in.getInt();
                    if (kind < 0 || kind >= Kind.values().length) {
                        throw new IOException("damaged");
                    }
                    findings.add(new Finding(Kind.values()[kind], in.readString(), in.getInt(), in.readString(),
                            in.readString(), in.readString(), in.readString()));
                }
                kept.put(story, new Texts(zhEdited, enEdited, List.copyOf(findings)));
            }
            in.finish();
            return new DeskMemo(key, kept, true);
        } catch (IOException | RuntimeException e) {
            // None yet, or damaged, cut short or of another version: every story's texts are read.
            return new DeskMemo(key, new ConcurrentHashMap<>(), true);
        }
    }

    /**
     * Writes what this run kept to {@code cacheDir}, replacing the last memo at once; nothing when the run read no
     * story again and every story of the last memo is still there.
     */
    void save(Path cacheDir) throws IOException {
        if (!keeps || read.get() == 0 && last.isEmpty() && Files.exists(cacheDir.resolve(FILE))) {
            return;
        }
        Key[] stories = next.keySet().toArray(new Key[0]);
        Arrays.sort(stories, Comparator.comparingLong(Key::high).thenComparingLong(Key::low));
        CacheFolder.require(cacheDir);
        new AtomicWriter().write(cacheDir.resolve(FILE), sink -> {
            RecordOutput out = new RecordOutput(sink, 1 << 16);
            out.writeString(MAGIC);
            out.writeString(key);
            out.writeInt(stories.length);
            for (Key story : stories) {
                Texts texts = next.get(story);
                out.writeLong(story.high());
                out.writeLong(story.low());
                edited(out, texts.zhEdited());
                edited(out, texts.enEdited());
                out.writeInt(texts.findings().size());
                for (Finding f : texts.findings()) {
                    out.writeInt(f.kind().ordinal());
                    out.writeString(f.file());
                    out.writeInt(f.line());
                    out.writeString(f.title());
                    out.writeString(f.page());
                    out.writeString(f.other());
                    out.writeString(f.message());
                }
            }
            out.finish();
        });
    }

    private static void edited(RecordOutput out, Optional<Set<String>> fields) throws IOException {
        out.writeBoolean(fields.isPresent());
        if (fields.isPresent()) {
            out.writeStrings(fields.get().stream().sorted().toList());
        }
    }

    private static Optional<Set<String>> edited(RecordInput in) throws IOException {
        if (in.get() == 0) {
            return Optional.empty();
        }
        return Optional.of(Set.copyOf(in.readStrings()));
    }
}
