package dev.duet.output;

import dev.duet.io.PackedBytes;
import java.nio.ByteBuffer;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable map of paths to {@link FileStamp}s, in path order, kept compactly: a build lists every file it reads,
 * and a site of a million stories has three million of them (its articles and their sources), whose paths as
 * strings would take 300 megabytes. The paths are kept in blocks of {@value #BLOCK}: the first of each block as a
 * string, each of the others as the length of the start it shares with the one before and the rest's characters,
 * each in one byte when it is ASCII (numbers in seven-bit groups). Sorted paths share most of their starts
 * ({@code articles/2024/a-story.en.md}, {@code articles/2024/a-story.zh.md}). Looking a path up is a binary search of
 * the blocks' first paths and a walk of one block; the stamps are two arrays.
 */
final class StampMap extends AbstractMap<String, FileStamp> {

    static final int BLOCK = 16;

    /** The first path of each block. */
    private final String[] heads;
    /** The other paths of the blocks, one after another, each as the shared length and the rest's bytes. */
    private final byte[] rest;
    /** Where each block's other paths start in {@link #rest}. */
    private final int[] starts;
    private final long[] sizes;
    private final long[] modified;

    private StampMap(String[] heads, byte[] rest, int[] starts, long[] sizes, long[] modified) {
        this.heads = heads;
        this.rest = rest;
        this.starts = starts;
        this.sizes = sizes;
        this.modified = modified;
    }

    /** The stamps of {@code files}, in path order; the map itself when it is one already. */
    static StampMap of(Map<String, FileStamp> files) {
        if (files instanceof StampMap map) {
            return map;
        }
        // A map already in path order is taken as it iterates, without sorting or looking each path up again.
        SortedMap<String, FileStamp> sorted = files instanceof SortedMap<String, FileStamp> inOrder
                && inOrder.comparator() == null ? inOrder : new TreeMap<>(files);
        int count = sorted.size();
        int blocks = (count + BLOCK - 1) / BLOCK;
        String[] heads = new String[blocks];
        int[] starts = new int[blocks];
        long[] sizes = new long[count];
        long[] modified = new long[count];
        PackedBytes rest = new PackedBytes();
        String previous = "";
        int i = 0;
        for (Map.Entry<String, FileStamp> file : sorted.entrySet()) {
            String path = file.getKey();
            if (i % BLOCK == 0) {
                heads[i / BLOCK] = path;
                starts[i / BLOCK] = rest.size();
            } else {
                int shared = shared(previous, path);
                rest.number(shared);
                rest.number(path.length() - shared);
                for (int c = shared; c < path.length(); c++) {
                    rest.number(path.charAt(c));
                }
            }
            sizes[i] = file.getValue().size();
            modified[i] = file.getValue().modified();
            previous = path;
            i++;
        }
        return new StampMap(heads, rest.bytes(), starts, sizes, modified);
    }

    /** The length of the start {@code path} shares with {@code previous}. */
    private static int shared(String previous, String path) {
        int limit = Math.min(previous.length(), path.length());
        int shared = 0;
        while (shared < limit && previous.charAt(shared) == path.charAt(shared)) {
            shared++;
        }
        return shared;
    }

    /** The index of {@code path}, or -1. */
    private int indexOf(Object key) {
        if (!(key instanceof String path) || heads.length == 0) {
            return -1;
        }
        int found = Arrays.binarySearch(heads, path);
        if (found >= 0) {
            return found * BLOCK;
        }
        int block = -found - 2;
        if (block < 0) {
            return -1;
        }
        Walk walk = new Walk(block);
        while (walk.next()) {
            int order = walk.path.compareTo(path);
            if (order == 0) {
                return walk.index;
            }
            if (order > 0) {
                return -1;
            }
        }
        return -1;
    }

    @Override
    public FileStamp get(Object key) {
        int at = indexOf(key);
        return at >= 0 ? stamp(at) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return sizes.length;
    }

    @Override
    public Set<Entry<String, FileStamp>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, FileStamp>> iterator() {
                return new Iterator<>() {
                    private Walk walk;

                    @Override
                    public boolean hasNext() {
                        return walk == null ? sizes.length > 0 : walk.index + 1 < sizes.length;
                    }

                    @Override
                    public Entry<String, FileStamp> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int at = walk == null ? 0 : walk.index + 1;
                        if (at % BLOCK == 0) {
                            walk = new Walk(at / BLOCK);
                        }
                        walk.next();
                        return new SimpleImmutableEntry<>(walk.path, stamp(at));
                    }
                };
            }

            @Override
            public int size() {
                return sizes.length;
            }
        };
    }

    /**
     * Whether {@code other} maps the same paths to the same stamps, found by comparing the arrays, without making a
     * path: the paths' encoding depends on the paths alone.
     */
    @Override
    public boolean equals(Object other) {
        if (other instanceof StampMap map) {
            return samePaths(map) && Arrays.equals(sizes, map.sizes) && Arrays.equals(modified, map.modified);
        }
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    /** Whether {@code other} holds the same paths as this map (their stamps may differ). */
    boolean samePaths(StampMap other) {
        return sizes.length == other.sizes.length && Arrays.equals(starts, other.starts)
                && Arrays.equals(rest, other.rest) && Arrays.equals(heads, other.heads);
    }

    /**
     * The stamp this map holds of each of {@code paths}, which are in path order, or null where it holds none:
     * found in one walk of the map, which costs less than looking each path up (a walk of its block each).
     */
    FileStamp[] stampsOf(List<String> paths) {
        FileStamp[] found = new FileStamp[paths.size()];
        Iterator<Entry<String, FileStamp>> entries = entrySet().iterator();
        Entry<String, FileStamp> entry = entries.hasNext() ? entries.next() : null;
        for (int i = 0; i < found.length && entry != null; i++) {
            String path = paths.get(i);
            while (entry != null && entry.getKey().compareTo(path) < 0) {
                entry = entries.hasNext() ? entries.next() : null;
            }
            if (entry != null && entry.getKey().equals(path)) {
                found[i] = entry.getValue();
            }
        }
        return found;
    }

    private FileStamp stamp(int at) {
        return sizes[at] == FileStamp.ABSENT.size() && modified[at] == FileStamp.ABSENT.modified() ? FileStamp.ABSENT
                : new FileStamp(sizes[at], modified[at]);
    }

    /** The paths of a block, one by one: {@link #next} makes the next path and its index current. */
    private final class Walk {
        private final int end;
        private final ByteBuffer in;
        int index;
        String path;

        Walk(int block) {
            this.index = block * BLOCK - 1;
            this.end = Math.min(sizes.length, (block + 1) * BLOCK);
            this.in = ByteBuffer.wrap(rest).position(starts[block]);
        }

        /** Moves to the next path of the block; false at its end. */
        boolean next() {
            if (index + 1 >= end) {
                return false;
            }
            index++;
            if (index % BLOCK == 0) {
                path = heads[index / BLOCK];
                return true;
            }
            int shared = PackedBytes.number(in);
            char[] chars = new char[shared + PackedBytes.number(in)];
            path.getChars(0, shared, chars, 0);
            for (int c = shared; c < chars.length; c++) {
                chars[c] = (char) PackedBytes.number(in);
            }
            path = new String(chars);
            return true;
        }
    }
}
