package dev.duet.model;

import dev.duet.content.Body;
import dev.duet.io.ByteStore;
import dev.duet.io.PackedBytes;
import dev.duet.io.RecentReads;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Articles' texts ({@link ArticleTexts}) and places ({@link ArticlePlace}) in a file rather than in the heap
 * ({@link ByteStore}): a shard's build lists every article of the site but renders a share of the pages, so it keeps
 * of each article only where its texts and its place are, and reads them again when a page shows them. Thread-safe.
 */
public final class TextStore implements AutoCloseable {

    private static final int HEADLINE = 1;
    private static final int DATELINE = 2;
    private static final int AGENCY = 4;
    private static final int SOURCE_URL = 8;
    private static final int SOURCE_NAME = 16;
    private static final int CORRECTION = 32;
    private static final int TRANSLATION = 1;
    private static final int SETTLED = 2;
    private static final int PLAIN = 4;

    private final ByteStore bytes;
    /** The folder the article files' paths are relative to; null for a store of texts alone. */
    private final Path siteDir;
    /** Texts read last on each thread: a page asks for an article's texts one by one, and again. */
    private final RecentReads<ArticleTexts.Kept> recent = new RecentReads<>();
    /** Places read last on each thread, as texts are. */
    private final RecentReads<ArticlePlace.Kept> recentPlaces = new RecentReads<>();

    private TextStore(ByteStore bytes, Path siteDir) {
        this.bytes = bytes;
        this.siteDir = siteDir;
    }

    /** A store of texts in a new file in {@code folder}; the error of a folder that cannot hold one names it. */
    public static TextStore in(Path folder) throws IOException {
        return new TextStore(ByteStore.in(folder, "texts-", "the articles' texts"), null);
    }

    /**
     * A store of texts and of the places of articles read from files below {@code siteDir}, in a new file in
     * {@code folder}; the error of a folder that cannot hold one names it.
     */
    public static TextStore in(Path folder, Path siteDir) throws IOException {
        return new TextStore(ByteStore.in(folder, "texts-", "the articles' texts"), siteDir);
    }

    /**
     * The place, kept in this store; a place stays in memory when the store cannot make it again: its body is kept
     * in memory or was read from elsewhere, its translation's texts are not in this store, or it is too long.
     */
    public ArticlePlace put(ArticlePlace.Kept place) {
        if (siteDir == null) {
            return place;
        }
        Optional<Body.OnDisk> body = place.body().onDiskBelow(siteDir, place.file());
        Optional<Translation> translation = place.translation();
        if (body.isEmpty() || translation.isPresent() && !(translation.get().texts() instanceof Stored stored
                && stored.store == this)) {
            return place;
        }
        byte[] encoded = encode(place, body.get());
        if (encoded.length > ByteStore.MAX_LENGTH) {
            return place;
        }
        return new StoredPlace(this, bytes.put(encoded));
    }

    /** The texts, kept in this store; texts too long for it stay in memory. */
    public ArticleTexts put(String title, Optional<String> headline, Attribution attribution,
            Optional<String> correction) {
        byte[] encoded = encode(title, headline, attribution, correction);
        if (encoded.length > ByteStore.MAX_LENGTH) {
            return ArticleTexts.of(title, headline, attribution, correction);
        }
        return new Stored(this, bytes.put(encoded));
    }

    @Override
    public void close() throws IOException {
        bytes.close();
    }

    private ArticleTexts.Kept read(long place) {
        return recent.get(place, at -> decode(bytes.get(at)));
    }

    private ArticlePlace.Kept readPlace(long place) {
        return recentPlaces.get(place, at -> decodePlace(bytes.get(at)));
    }

    private static byte[] encode(ArticlePlace.Kept place, Body.OnDisk body) {
        PackedBytes out = new PackedBytes();
        out.number((place.translation().isPresent() ? TRANSLATION : 0) | (body.settled() ? SETTLED : 0)
                | (body.plain() ? PLAIN : 0));
        out.text(place.path());
        out.text(place.file());
        out.number(place.bodyLine());
        out.fixed(body.size());
        out.fixed(body.modifiedNanos());
        out.number(body.length());
        out.number(body.utf8Length());
        out.fixed(body.high());
        out.fixed(body.low());
        out.number(body.imageSources().size());
        body.imageSources().forEach(out::text);
        place.translation().ifPresent(translation -> {
            out.text(translation.lang());
            out.text(translation.languageTag());
            out.text(translation.path());
            out.fixed(((Stored) translation.texts()).place);
        });
        return out.bytes();
    }

    private ArticlePlace.Kept decodePlace(ByteBuffer in) {
        int flags = PackedBytes.number(in);
        String path = PackedBytes.text(in);
        String file = PackedBytes.text(in);
        int bodyLine = PackedBytes.number(in);
        long size = in.getLong();
        long modified = in.getLong();
        int length = PackedBytes.number(in);
        int utf8Length = PackedBytes.number(in);
        long high = in.getLong();
        long low = in.getLong();
        int count = PackedBytes.number(in);
        List<String> images = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            images.add(PackedBytes.text(in));
        }
        Body body = Body.fromDisk(siteDir, file, new Body.OnDisk(size, modified, (flags & SETTLED) != 0,
                (flags & PLAIN) != 0, length, utf8Length, high, low, images));
        Optional<Translation> translation = Optional.empty();
        if ((flags & TRANSLATION) != 0) {
            translation = Optional.of(new Translation(PackedBytes.text(in), PackedBytes.text(in), PackedBytes.text(in),
                    new Stored(this, in.getLong())));
        }
        return new ArticlePlace.Kept(path, body, file, bodyLine, translation);
    }

    private static byte[] encode(String title, Optional<String> headline, Attribution attribution,
            Optional<String> correction) {
        PackedBytes out = new PackedBytes();
        int flags = (headline.isPresent() ? HEADLINE : 0) | (attribution.dateline().isPresent() ? DATELINE : 0)
                | (attribution.agency().isPresent() ? AGENCY : 0)
                | (attribution.sourceUrl().isPresent() ? SOURCE_URL : 0)
                | (attribution.sourceName().isPresent() ? SOURCE_NAME : 0)
                | (correction.isPresent() ? CORRECTION : 0);
        out.number(flags);
        out.text(title);
        headline.ifPresent(out::text);
        attribution.dateline().ifPresent(out::text);
        attribution.agency().ifPresent(out::text);
        out.number(attribution.reporters().size());
        attribution.reporters().forEach(out::text);
        attribution.sourceUrl().ifPresent(out::text);
        attribution.sourceName().ifPresent(out::text);
        correction.ifPresent(out::text);
        return out.bytes();
    }

    private static ArticleTexts.Kept decode(ByteBuffer in) {
        int flags = PackedBytes.number(in);
        String title = PackedBytes.text(in);
        Optional<String> headline = optional(in, flags, HEADLINE);
        Optional<String> dateline = optional(in, flags, DATELINE);
        Optional<String> agency = optional(in, flags, AGENCY);
        int count = PackedBytes.number(in);
        List<String> reporters = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            reporters.add(PackedBytes.text(in));
        }
        Optional<String> sourceUrl = optional(in, flags, SOURCE_URL);
        Optional<String> sourceName = optional(in, flags, SOURCE_NAME);
        Optional<String> correction = optional(in, flags, CORRECTION);
        return new ArticleTexts.Kept(title, headline, new Attribution(dateline, agency, reporters, sourceUrl,
                sourceName), correction);
    }

    private static Optional<String> optional(ByteBuffer in, int flags, int flag) {
        return (flags & flag) != 0 ? Optional.of(PackedBytes.text(in)) : Optional.empty();
    }

    /**
     * Texts in a store: where they are in its file, and their length in bytes, in one number. Two are equal when
     * they are the same texts of the same store.
     */
    static final class Stored implements ArticleTexts {

        private final TextStore store;
        private final long place;

        Stored(TextStore store, long place) {
            this.store = store;
            this.place = place;
        }

        @Override
        public String title() {
            return store.read(place).title();
        }

        @Override
        public Optional<String> headline() {
            return store.read(place).headline();
        }

        @Override
        public Attribution attribution() {
            return store.read(place).attribution();
        }

        @Override
        public Optional<String> correction() {
            return store.read(place).correction();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Stored stored && stored.store == store && stored.place == place;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(place);
        }
    }

    /**
     * A place in a store: where it is in the store's file, and its length in bytes, in one number. Two are equal when
     * they are the same place of the same store.
     */
    static final class StoredPlace implements ArticlePlace {

        private final TextStore store;
        private final long place;

        StoredPlace(TextStore store, long place) {
            this.store = store;
            this.place = place;
        }

        @Override
        public String path() {
            return store.readPlace(place).path();
        }

        @Override
        public Body body() {
            return store.readPlace(place).body();
        }

        @Override
        public String file() {
            return store.readPlace(place).file();
        }

        @Override
        public int bodyLine() {
            return store.readPlace(place).bodyLine();
        }

        @Override
        public Optional<Translation> translation() {
            return store.readPlace(place).translation();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StoredPlace stored && stored.store == store && stored.place == place;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(place);
        }
    }
}
