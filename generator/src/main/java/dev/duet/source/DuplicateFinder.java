package dev.duet.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Finds a story imported twice: a source whose source URL an earlier source already has, or whose Chinese or English
 * text is almost the same as an earlier one's (a story re-sent with a corrected paragraph, under another file name).
 * Texts are compared by MinHash over character shingles, each language on its own: a signature of {@value #HASHES}
 * minimums estimates how much two texts' shingle sets overlap (their Jaccard similarity), and banding the signatures
 * (locality-sensitive hashing) finds the likely pairs without comparing every source with every other. Sources are
 * added in import order; the later of two is the duplicate. Not thread-safe: add in order; {@link #signature} may
 * run on any core, and so may the comparisons of a batch ({@link #addAll}).
 */
public final class DuplicateFinder {

    /** Minimums a signature holds. */
    static final int HASHES = 64;
    private static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    /** The share of equal minimums from which two texts count as the same story. */
    static final double ALIKE = 0.7;
    /**
     * A source is compared with at most this many of the latest earlier sources of each of its bands. A band that
     * hundreds of sources share (texts drawn from a small vocabulary, or heavy with boilerplate) tells little about
     * any of them, and walking it whole would make an import quadratic; a real duplicate shares several bands
     * (about four, at 70 % alike), and is found through the others: on a generated corpus whose bands are crowded,
     * stories re-sent 9,000 to 10,000 sources after their originals were all found, as without a limit.
     */
    static final int BAND_LIMIT = 64;
    /** Texts shorter than this (in letters) are not compared: too little to tell. */
    private static final int MIN_LETTERS = 60;

    /**
     * A source's signatures: its normalised source URL, each language's MinHash signature (empty if short), and its
     * date, when known: two texts alike but of different days are two stories (a daily report on one template).
     */
    public record Signature(Optional<String> url, Optional<int[]> zh, Optional<int[]> en, Optional<LocalDate> date) {
    }

    /**
     * An earlier source this one repeats.
     *
     * @param reason why, in words: the same source URL, or how alike a language's text is
     */
    public record Duplicate(String of, String reason) {
    }

    private static final long NO_DAY = Long.MIN_VALUE;

    private final Map<String, String> byUrl = new HashMap<>();
    /** Each source's day (its epoch day), or {@link #NO_DAY}. */
    private long[] days = new long[0];
    private final List<String> files = new ArrayList<>();
    /**
     * Each language's signatures, source after source in one array ({@value #HASHES} minimums each, all of them
     * {@link #EMPTY} for a source without one): a comparison reads one run of memory, not a record, an optional and
     * an array of its own.
     */
    private final Signatures zhSignatures = new Signatures();
    private final Signatures enSignatures = new Signatures();
    /** For each language, the sources (indexes) sharing each band's hash; the band is part of the hash. */
    private final LshTable zhBands = new LshTable();
    private final LshTable enBands = new LshTable();
    /** Each comparing thread's marks of the sources its current search has met (see {@link #alike}). */
    private final ThreadLocal<int[]> scratch = ThreadLocal.withInitial(() -> new int[1024]);

    /** The signature of an imported article: thread-safe, so that it is made where the source is parsed. */
    public static Signature signature(ImportedArticle article) {
        return new Signature(article.source().map(s -> normalized(s.url())),
                article.zh().flatMap(t -> minHash(letters(t), 3)),
                article.en().flatMap(t -> minHash(letters(t), 5)), article.date());
    }

    /** Adds the next source in import order; the earlier source it repeats, if any. */
    public Optional<Duplicate> add(String file, Signature signature) {
        try {
            return addAll(List.of(file), List.of(signature), (size, task) -> {
                for (int i = 0; i < size; i++) {
                    task.accept(i);
                }
            }).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a task for each index below {@code size}, on as many cores as it likes. */
    @FunctionalInterface
    public interface EachIndex {
        void run(int size, IntConsumer task) throws IOException;
    }

    /**
     * Adds the next sources in import order; for each, the earlier source it repeats, if any: one added before, or
     * one before it in {@code batch}. The sources are indexed first, then each one's texts are compared with its
     * candidates' through {@code each}, on every core: what is found is what adding them one by one would find.
     */
    public List<Optional<Duplicate>> addAll(List<String> batch, List<Signature> batchSignatures, EachIndex each)
            throws IOException {
        int first = files.size();
        @SuppressWarnings("unchecked")
        Optional<Duplicate>[] found = new Optional[batch.size()];
        for (int k = 0; k < batch.size(); k++) {
            Signature signature = batchSignatures.get(k);
            Optional<Duplicate> sameUrl = Optional.empty();
            if (signature.url().isPresent()) {
                String earlier = byUrl.putIfAbsent(signature.url().get(), batch.get(k));
                if (earlier != null) {
                    sameUrl = Optional.of(new Duplicate(earlier, "the same source URL"));
                }
            }
            found[k] = sameUrl;
            int index = first + k;
            files.add(batch.get(k));
            if (days.length == index) {
                days = Arrays.copyOf(days, Math.max(16, index * 2));
            }
            days[index] = signature.date().map(LocalDate::toEpochDay).orElse(NO_DAY);
            zhSignatures.add(signature.zh());
            enSignatures.add(signature.en());
            signature.zh().ifPresent(s -> index(s, zhBands, index));
            signature.en().ifPresent(s -> index(s, enBands, index));
        }
        // The tables are complete and only read from now on: each source looks among those before it.
        each.run(batch.size(), k -> {
            if (found[k].isEmpty()) {
                Signature signature = batchSignatures.get(k);
                found[k] = alike(signature.zh(), zhBands, zhSignatures, true, first + k)
                        .or(() -> alike(signature.en(), enBands, enSignatures, false, first + k));
            }
        });
        return List.of(found);
    }

    /** The most alike of the sources before {@code self} that share a band with its signature, if alike enough. */
    private Optional<Duplicate> alike(Optional<int[]> signature, LshTable bands, Signatures earlier, boolean chinese,
            int self) {
        if (signature.isEmpty()) {
            return Optional.empty();
        }
        // A source found in several bands is compared once: the thread's scratch array holds, for each source,
        // the mark of the last search that met it, and each search has a mark of its own.
        int[] seen = scratch.get();
        if (seen.length < files.size()) {
            seen = new int[Math.max(files.size(), seen.length * 2)];
            scratch.set(seen);
        }
        int mark = 2 * self + (chinese ? 1 : 2);
        long sketch = earlier.sketches[self];
        int best = -1;
        double bestShare = 0;
        for (int band = 0; band < BANDS; band++) {
            int walked = 0;
            for (LshTable.Entries e = bands.entries(bandHash(signature.get(), band)); e.hasNext(); ) {
                int candidate = e.next();
                if (candidate >= self) {
                    continue;
                }
                if (++walked > BAND_LIMIT) {
                    break;
                }
                if (seen[candidate] == mark) {
                    continue;
                }
                seen[candidate] = mark;
                if (days[self] != NO_DAY && days[candidate] != NO_DAY && days[self] != days[candidate]) {
                    continue;
                }
                // Each differing bit of the sketches is a differing minimum: a candidate whose sketch differs in
                // more bits than the unequal minimums a match allows cannot be alike, and its signature is not read.
                if (Long.bitCount(sketch ^ earlier.sketches[candidate]) > MOST_UNEQUAL) {
                    continue;
                }
                double share = shareFrom(signature.get(), earlier.all, candidate * HASHES, ALIKE);
                // The earliest of equally alike sources is kept, whatever the order the bands give them in.
                if (share >= ALIKE && (share > bestShare || share == bestShare && candidate < best)) {
                    best = candidate;
                    bestShare = share;
                }
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        return Optional.of(new Duplicate(files.get(best), "its " + (chinese ? "Chinese" : "English") + " text is "
                + Math.round(bestShare * 100) + " % the same"));
    }

    private static void index(int[] signature, LshTable bands, int index) {
        for (int band = 0; band < BANDS; band++) {
            bands.add(bandHash(signature, band), index);
        }
    }

    private static long bandHash(int[] signature, int band) {
        long hash = band;
        for (int i = band * ROWS; i < (band + 1) * ROWS; i++) {
            hash = hash * 1_000_003L + signature[i];
        }
        return hash;
    }

    /** The share of equal minimums: an estimate of the shingle sets' Jaccard similarity. */
    static double share(int[] a, int[] b) {
        return shareFrom(a, b, 0, 0);
    }

    /**
     * The share of equal minimums, or 0 as soon as it can no longer reach {@code least}: a share is at most
     * {@code 1 - unequal / HASHES}, so most pairs of different texts are told apart in a third of their bins.
     */
    /** The most minimums two signatures {@link #ALIKE} enough can differ in. */
    private static final int MOST_UNEQUAL = (int) Math.floor((1 - ALIKE) * HASHES + 1e-9);

    /**
     * A bit of each of a signature's minimums, one per bin (the second lowest: minimums are kept even, so the lowest
     * is always 0). Two equal minimums have equal bits, so the bits in which two sketches differ are at most the
     * minimums in which the signatures differ. Two unrelated texts' sketches differ in about half their bits, which
     * tells them apart without reading their signatures.
     */
    static long sketch(int[] signature, int from) {
        long bits = 0;
        for (int i = 0; i < HASHES; i++) {
            bits |= (long) (signature[from + i] >>> 1 & 1) << i;
        }
        return bits;
    }

    private static double shareFrom(int[] a, int[] b, int from, double least) {
        int unequal = 0;
        int used = 0;
        int limit = (int) Math.floor((1 - least) * HASHES + 1e-9);
        for (int i = 0; i < HASHES; i++) {
            int x = a[i];
            int y = b[from + i];
            if (x != EMPTY || y != EMPTY) {
                used++;
                if (x != y && ++unequal > limit) {
                    return 0;
                }
            }
        }
        return used == 0 ? 0 : (used - unequal) / (double) used;
    }

    /** One language's signatures in the order the sources were added; grows as they are. Not thread-safe to add. */
    private static final class Signatures {
        private int[] all = new int[HASHES * 1024];
        private long[] sketches = new long[1024];
        private int size;

        void add(Optional<int[]> signature) {
            if (size == sketches.length) {
                all = java.util.Arrays.copyOf(all, all.length * 2);
                sketches = java.util.Arrays.copyOf(sketches, sketches.length * 2);
            }
            if (signature.isPresent()) {
                System.arraycopy(signature.get(), 0, all, size * HASHES, HASHES);
            } else {
                java.util.Arrays.fill(all, size * HASHES, (size + 1) * HASHES, EMPTY);
            }
            sketches[size] = sketch(all, size * HASHES);
            size++;
        }
    }

    /** The title and paragraphs' letters and digits, in lower case: spacing and punctuation do not count. */
    private static Letters letters(ArticleText text) {
        int size = text.title().length();
        for (String p : text.paragraphs()) {
            size += p.length();
        }
        char[] out = new char[size];
        int n = appendLetters(out, 0, text.title());
        for (String p : text.paragraphs()) {
            n = appendLetters(out, n, p);
        }
        return new Letters(out, n);
    }

    /** The first {@code length} characters of {@code chars}. */
    private record Letters(char[] chars, int length) {
    }

    private static int appendLetters(char[] out, int start, String text) {
        // The characters are copied in at once and kept or dropped in place: the letters never run ahead of them.
        int end = start + text.length();
        text.getChars(0, text.length(), out, start);
        int n = start;
        for (int i = start; i < end; i++) {
            char lower = LOWER_LETTER[out[i]];
            out[n] = lower;
            n += lower != 0 ? 1 : 0;
        }
        return n;
    }

    /**
     * For each UTF-16 unit, its lower case if it is a letter or digit, else 0: {@link Character#isLetterOrDigit}
     * and {@link Character#toLowerCase} looked up once, not for each of millions of characters.
     */
    private static final char[] LOWER_LETTER = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isLetterOrDigit((char) c)) {
                LOWER_LETTER[c] = Character.toLowerCase((char) c);
            }
        }
    }

    /**
     * The MinHash signature of the text's shingles of {@code width} characters, hashed once each (one permutation
     * hashing: the hash's top bits choose one of {@value #HASHES} bins, the rest is the value kept at its minimum);
     * empty for a short text.
     */
    private static Optional<int[]> minHash(Letters text, int width) {
        char[] letters = text.chars();
        int length = text.length();
        if (length < Math.max(MIN_LETTERS, width)) {
            return Optional.empty();
        }
        int[] mins = new int[HASHES];
        java.util.Arrays.fill(mins, EMPTY);
        // The shingle's polynomial hash rolls along the text: the first character's term out, the next one's in.
        long first = 1;
        long shingle = 0;
        for (int k = 0; k < width; k++) {
            shingle = shingle * 31 + letters[k];
            first = k == 0 ? 1 : first * 31;
        }
        for (int i = 0; ; i++) {
            long h = mix(shingle);
            int bin = (int) (h >>> 58);
            int value = (int) (h & 0x7FFF_FFFEL);
            if (value < mins[bin]) {
                mins[bin] = value;
            }
            if (i + width >= length) {
                break;
            }
            shingle = (shingle - letters[i] * first) * 31 + letters[i + width];
        }
        return Optional.of(mins);
    }

    /** A bin no shingle fell into. */
    private static final int EMPTY = Integer.MAX_VALUE;

    /** A 64-bit finaliser (MurmurHash3's), spreading every input bit over the result. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** A source URL as two sources of one story give it: no scheme, {@code www.}, case of the host or end slash. */
    public static String normalized(String url) {
        try {
            URI uri = new URI(url.strip());
            String host = Optional.ofNullable(uri.getHost()).orElse("").toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = Optional.ofNullable(uri.getRawPath()).orElse("");
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return host + path + query;
        } catch (java.net.URISyntaxException e) {
            return url.strip();
        }
    }
}
