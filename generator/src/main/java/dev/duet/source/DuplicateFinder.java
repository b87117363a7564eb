package dev.duet.source;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a story imported twice: a source whose source URL an earlier source already has, or whose Chinese or English
 * text is almost the same as an earlier one's (a story re-sent with a corrected paragraph, under another file name).
 * Texts are compared by MinHash over character shingles, each language on its own: a signature of {@value #HASHES}
 * minimums estimates how much two texts' shingle sets overlap (their Jaccard similarity), and banding the signatures
 * (locality-sensitive hashing) finds the likely pairs without comparing every source with every other. Sources are
 * added in import order; the later of two is the duplicate. Not thread-safe: add in order; {@link #signature} may
 * run on any core.
 */
public final class DuplicateFinder {

    /** Minimums a signature holds. */
    static final int HASHES = 64;
    private static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    /** The share of equal minimums from which two texts count as the same story. */
    static final double ALIKE = 0.7;
    /** Texts shorter than this (in letters) are not compared: too little to tell. */
    private static final int MIN_LETTERS = 60;

    /** A source's signatures: its normalised source URL, and each language's MinHash signature (empty if short). */
    public record Signature(Optional<String> url, Optional<int[]> zh, Optional<int[]> en) {
    }

    /**
     * An earlier source this one repeats.
     *
     * @param reason why, in words: the same source URL, or how alike a language's text is
     */
    public record Duplicate(String of, String reason) {
    }

    private final Map<String, String> byUrl = new HashMap<>();
    private final List<String> files = new ArrayList<>();
    private final List<Signature> signatures = new ArrayList<>();
    /** For each language, the sources (indexes) sharing each band's hash; the band is part of the hash. */
    private final LshTable zhBands = new LshTable();
    private final LshTable enBands = new LshTable();

    /** The signature of an imported article: thread-safe, so that it is made where the source is parsed. */
    public static Signature signature(ImportedArticle article) {
        return new Signature(article.source().map(s -> normalized(s.url())),
                article.zh().flatMap(t -> minHash(letters(t), 3)),
                article.en().flatMap(t -> minHash(letters(t), 5)));
    }

    /** Adds the next source in import order; the earlier source it repeats, if any. */
    public Optional<Duplicate> add(String file, Signature signature) {
        Optional<Duplicate> found = Optional.empty();
        if (signature.url().isPresent()) {
            String earlier = byUrl.putIfAbsent(signature.url().get(), file);
            if (earlier != null) {
                found = Optional.of(new Duplicate(earlier, "the same source URL"));
            }
        }
        if (found.isEmpty()) {
            found = alike(signature.zh(), zhBands, true).or(() -> alike(signature.en(), enBands, false));
        }
        int index = files.size();
        files.add(file);
        signatures.add(signature);
        signature.zh().ifPresent(s -> index(s, zhBands, index));
        signature.en().ifPresent(s -> index(s, enBands, index));
        return found;
    }

    private Optional<Duplicate> alike(Optional<int[]> signature, LshTable bands, boolean chinese) {
        if (signature.isEmpty()) {
            return Optional.empty();
        }
        int[] best = {-1};
        double[] bestShare = {0};
        for (int band = 0; band < BANDS; band++) {
            bands.forEach(bandHash(signature.get(), band), candidate -> {
                Optional<int[]> other = chinese ? signatures.get(candidate).zh() : signatures.get(candidate).en();
                double share = other.map(o -> share(signature.get(), o)).orElse(0.0);
                if (share >= ALIKE && (share > bestShare[0] || share == bestShare[0] && candidate < best[0])) {
                    best[0] = candidate;
                    bestShare[0] = share;
                }
            });
        }
        if (best[0] < 0) {
            return Optional.empty();
        }
        return Optional.of(new Duplicate(files.get(best[0]), "its " + (chinese ? "Chinese" : "English") + " text is "
                + Math.round(bestShare[0] * 100) + " % the same"));
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
        int equal = 0;
        int used = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] != EMPTY || b[i] != EMPTY) {
                used++;
                if (a[i] == b[i]) {
                    equal++;
                }
            }
        }
        return used == 0 ? 0 : equal / (double) used;
    }

    /** The title and paragraphs' letters and digits, in lower case: spacing and punctuation do not count. */
    private static String letters(ArticleText text) {
        StringBuilder out = new StringBuilder();
        appendLetters(out, text.title());
        text.paragraphs().forEach(p -> appendLetters(out, p));
        return out.toString();
    }

    private static void appendLetters(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
    }

    /**
     * The MinHash signature of the text's shingles of {@code width} characters, hashed once each (one permutation
     * hashing: the hash's top bits choose one of {@value #HASHES} bins, the rest is the value kept at its minimum);
     * empty for a short text.
     */
    static Optional<int[]> minHash(String letters, int width) {
        if (letters.length() < Math.max(MIN_LETTERS, width)) {
            return Optional.empty();
        }
        int[] mins = new int[HASHES];
        java.util.Arrays.fill(mins, EMPTY);
        for (int i = 0; i + width <= letters.length(); i++) {
            long shingle = 0;
            for (int k = i; k < i + width; k++) {
                shingle = shingle * 31 + letters.charAt(k);
            }
            long h = mix(shingle);
            int bin = (int) (h >>> 58);
            int value = (int) (h & 0x7FFF_FFFEL);
            if (value < mins[bin]) {
                mins[bin] = value;
            }
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
    static String normalized(String url) {
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
