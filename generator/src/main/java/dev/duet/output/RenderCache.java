package dev.duet.output;

import dev.duet.io.AtomicWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HexFormat;

/**
 * The fingerprint each output file was rendered from, kept in the cache folder between builds. A file whose
 * fingerprint is unchanged and which is still in the output folder need not be rendered again. A missing or
 * unreadable cache only means a full render.
 *
 * <p>Next to a file's fingerprint the cache keeps the digest of its inputs, when its task has one (see
 * {@code RenderTask}): the model's parts its view is made from, which cost far less to digest than the view. A file
 * whose inputs are those it was last rendered from keeps its fingerprint without its view being made.
 *
 * <p>Fingerprints are kept as 64-bit hashes, and the last build's paths too, so that a site of half a million
 * files costs tens of megabytes here, not hundreds. Two different fingerprints of one path hashing alike is as
 * likely as guessing a 64-bit number; were it to happen, one page would keep its last rendering until the next
 * change to it.
 */
public final class RenderCache {

    static final String FILE = "render-cache.txt";
    /** The first line of a cache file whose values are fingerprint hashes; older files hold the fingerprints. */
    static final String HEADER = "duet-render-cache 3";
    /** The header of a cache without input digests, which loads with none. */
    private static final String FINGERPRINTS_ONLY = "duet-render-cache 2";

    private final Path file;
    /** The last build's fingerprints, by path hash. */
    private final HashTable previous;
    /** This build's fingerprint hashes, by path hash: a large site records a million. */
    private final HashTable current = new HashTable(1024);

    private RenderCache(Path file, HashTable previous) {
        this.file = file;
        this.previous = previous;
    }

    /**
     * A cache that knows no earlier fingerprint, for a build that must render every file: one forced, or one after
     * a build that did not finish (see {@link BuildMarker}). It is saved to the same file as a loaded one.
     */
    public static RenderCache none(Path cacheDir) {
        return new RenderCache(cacheDir.resolve(FILE), new HashTable(1024));
    }

    /**
     * Loads the fingerprints of the last build, or none. They describe the output only when that build finished:
     * the caller asks the {@link BuildMarker} first.
     */
    public static RenderCache load(Path cacheDir) throws IOException {
        Path file = cacheDir.resolve(FILE);
        boolean present = Files.isRegularFile(file);
        // About 90 bytes a line: a table sized from the file's length grows at most once as it is read.
        HashTable previous = new HashTable(present ? (int) Math.min(1 << 24, Math.max(1024, Files.size(file) / 90))
                : 1024);
        if (present) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line = in.readLine();
                boolean hashed = HEADER.equals(line) || FINGERPRINTS_ONLY.equals(line);
                if (hashed) {
                    line = in.readLine();
                }
                for (; line != null; line = in.readLine()) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        int second = line.indexOf('\t', tab + 1);
                        int end = second < 0 ? line.length() : second;
                        long fingerprint;
                        long inputs;
                        try {
                            fingerprint = hashed ? Long.parseUnsignedLong(line, tab + 1, end, 16)
                                    : fingerprintHash(line.substring(tab + 1, end));
                            inputs = second < 0 ? NONE : Long.parseUnsignedLong(line, second + 1, line.length(), 16);
                        } catch (NumberFormatException e) {
                            continue;
                        }
                        if (fingerprint != NONE) {
                            previous.put(hash(line, tab), fingerprint, inputs);
                        }
                    }
                }
            } catch (java.nio.charset.CharacterCodingException e) {
                return new RenderCache(file, new HashTable(1024));
            }
        }
        return new RenderCache(file, previous);
    }

    /** True when the file was last rendered from this fingerprint; an empty fingerprint never matches. */
    public boolean isCurrent(String path, String fingerprint) {
        return !fingerprint.isEmpty() && previous.matches(hash(path), fingerprintHash(fingerprint));
    }

    /**
     * True when the file was last rendered from these inputs (see {@link #record(String, String, String)}), so that
     * it has the fingerprint it was rendered from then; empty inputs never match.
     */
    public boolean inputsCurrent(String path, String inputs) {
        if (inputs.isEmpty()) {
            return false;
        }
        return previous.inputsMatch(hash(path), fingerprintHash(inputs));
    }

    /** Records that the file keeps what the last build rendered it from: its fingerprint and inputs. */
    public void keepPrevious(String path) {
        long key = hash(path);
        current.put(key, previous.get(key), previous.inputs(key));
    }

    /** Records the fingerprint a file was rendered from in this build. */
    public void record(String path, String fingerprint) {
        record(path, fingerprint, "");
    }

    /**
     * Records the fingerprint a file was rendered from in this build, and the digest of the inputs its view was
     * made from (empty when its task has none); an empty fingerprint records that nothing tells what the file holds.
     */
    public void record(String path, String fingerprint, String inputs) {
        if (!fingerprint.isEmpty()) {
            current.put(hash(path), fingerprintHash(fingerprint), inputs.isEmpty() ? NONE : fingerprintHash(inputs));
        } else if (current.get(hash(path)) != NONE) {
            // Made from nothing a fingerprint speaks for (a static file in the place of a page): what another task
            // of this build recorded for the path no longer tells what the file holds. Only such a path is put: a
            // site has thousands of files without a fingerprint (the search index), which take no room here.
            current.put(hash(path), NONE, NONE);
        }
    }

    /**
     * Writes the fingerprints this build recorded for {@code paths} (the files it made), replacing the last build's;
     * streamed, in path order.
     */
    public void save(Collection<String> paths) throws IOException {
        String[] sorted = paths.stream().sorted().distinct().toArray(String[]::new);
        AtomicWriter.writeTextIfChanged(file, out -> {
            out.write(HEADER);
            out.write('\n');
            for (String path : sorted) {
                long key = hash(path);
                long fingerprint = current.get(key);
                if (fingerprint != NONE) {
                    out.write(path);
                    out.write('\t');
                    out.write(HexFormat.of().toHexDigits(fingerprint));
                    long inputs = current.inputs(key);
                    if (inputs != NONE) {
                        out.write('\t');
                        out.write(HexFormat.of().toHexDigits(inputs));
                    }
                    out.write('\n');
                }
            }
        });
    }

    /**
     * The cache as the next build of the same process sees it: this build's fingerprints are the previous ones.
     * A preview carries it from build to build instead of reading the file again.
     */
    public RenderCache afterBuild() {
        return new RenderCache(file, current.copy());
    }

    /**
     * Notes that the file now holds what this build recorded for it, for a partial build between full ones: the
     * next build sees it as rendered from that fingerprint.
     */
    public void keepRecorded(String path) {
        long key = hash(path);
        long fingerprint = current.get(key);
        if (fingerprint != NONE) {
            previous.put(key, fingerprint, current.inputs(key));
        }
    }

    /**
     * Notes that every file this build recorded holds what it recorded, for a build that stopped before its end
     * (a preview's, cancelled): the next build sees those files as rendered from those fingerprints.
     */
    public void keepAllRecorded() {
        previous.putAll(current);
    }

    /** Forgets how files were rendered, when they changed since: they are rendered again even if nothing else did. */
    public void forget(Collection<String> paths) {
        paths.forEach(path -> previous.put(hash(path), NONE, NONE));
    }

    /** The hash of no fingerprint: what a forgotten file has, which no fingerprint matches. */
    private static final long NONE = 0;

    private static long fingerprintHash(String fingerprint) {
        long h = hash(fingerprint);
        return h == NONE ? 1 : h;
    }

    /** A 64-bit hash of a string: FNV-1a over its UTF-16 units, then mixed so that every bit counts. */
    static long hash(String text) {
        return hash(text, text.length());
    }

    /** The {@link #hash(String)} of the text's first {@code length} characters, without copying them out. */
    private static long hash(String text, int length) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < length; i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ h >>> 33;
    }

    /**
     * Path hash → fingerprint hash and inputs hash, in three arrays with open addressing. Written before and after a
     * build's rendering, read by every core during it.
     */
    private static final class HashTable {
        private static final long FREE = 0;
        private long[] keys;
        private long[] values;
        private long[] inputs;
        private int size;

        HashTable(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
            keys = new long[capacity];
            values = new long[capacity];
            inputs = new long[capacity];
        }

        private HashTable(long[] keys, long[] values, long[] inputs, int size) {
            this.keys = keys;
            this.values = values;
            this.inputs = inputs;
            this.size = size;
        }

        /** Puts a path's fingerprint hash and inputs hash ({@link #NONE} when it has no inputs). */
        synchronized void put(long key, long value, long inputsOf) {
            long k = key == FREE ? 1 : key;
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            int slot = slot(keys, k);
            if (keys[slot] == FREE) {
                keys[slot] = k;
                size++;
            }
            values[slot] = value;
            inputs[slot] = inputsOf;
        }

        /** The value of a key, or {@link #NONE}. */
        synchronized long get(long key) {
            long k = key == FREE ? 1 : key;
            int slot = slot(keys, k);
            return keys[slot] == k ? values[slot] : NONE;
        }

        /** The inputs hash of a key, or {@link #NONE}. */
        synchronized long inputs(long key) {
            long k = key == FREE ? 1 : key;
            int slot = slot(keys, k);
            return keys[slot] == k ? inputs[slot] : NONE;
        }

        synchronized HashTable copy() {
            return new HashTable(keys.clone(), values.clone(), inputs.clone(), size);
        }

        /** Puts every key of {@code other} with its values. */
        void putAll(HashTable other) {
            synchronized (other) {
                for (int i = 0; i < other.keys.length; i++) {
                    if (other.keys[i] != FREE) {
                        put(other.keys[i], other.values[i], other.inputs[i]);
                    }
                }
            }
        }

        boolean matches(long key, long value) {
            long k = key == FREE ? 1 : key;
            int slot = slot(keys, k);
            return keys[slot] == k && value != NONE && values[slot] == value;
        }

        /** True when the key has a fingerprint, and these inputs. */
        boolean inputsMatch(long key, long inputsOf) {
            long k = key == FREE ? 1 : key;
            int slot = slot(keys, k);
            return keys[slot] == k && inputsOf != NONE && inputs[slot] == inputsOf && values[slot] != NONE;
        }

        private static int slot(long[] keys, long key) {
            int mask = keys.length - 1;
            int slot = (int) key & mask;
            while (keys[slot] != FREE && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldKeys = keys;
            long[] oldValues = values;
            long[] oldInputs = inputs;
            keys = new long[oldKeys.length * 2];
            values = new long[oldValues.length * 2];
            inputs = new long[oldInputs.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != FREE) {
                    int slot = slot(keys, oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                    inputs[slot] = oldInputs[i];
                }
            }
        }
    }
}
