package dev.duet.output;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable map of paths to {@link FileStamp}s, in path order, kept as three arrays: a build lists every file it
 * reads, and a site of 100,000 stories has 200,000 of them, which a {@code TreeMap} of stamps holds in about 72 bytes
 * each besides the paths, and these arrays in 20. Looking a path up is a binary search.
 */
final class StampMap extends AbstractMap<String, FileStamp> {

    private final String[] paths;
    private final long[] sizes;
    private final long[] modified;

    private StampMap(String[] paths, long[] sizes, long[] modified) {
        this.paths = paths;
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
        String[] paths = new String[count];
        long[] sizes = new long[count];
        long[] modified = new long[count];
        int i = 0;
        for (Map.Entry<String, FileStamp> file : sorted.entrySet()) {
            paths[i] = file.getKey();
            sizes[i] = file.getValue().size();
            modified[i] = file.getValue().modified();
            i++;
        }
        return new StampMap(paths, sizes, modified);
    }

    /** The instance of {@code path} this map holds as a key, if it holds the path. */
    String sharedPath(String path) {
        int at = Arrays.binarySearch(paths, path);
        return at >= 0 ? paths[at] : path;
    }

    @Override
    public FileStamp get(Object key) {
        int at = key instanceof String path ? Arrays.binarySearch(paths, path) : -1;
        return at >= 0 ? stamp(at) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String path && Arrays.binarySearch(paths, path) >= 0;
    }

    @Override
    public int size() {
        return paths.length;
    }

    @Override
    public Set<Entry<String, FileStamp>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, FileStamp>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < paths.length;
                    }

                    @Override
                    public Entry<String, FileStamp> next() {
                        if (next >= paths.length) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return new SimpleImmutableEntry<>(paths[at], stamp(at));
                    }
                };
            }

            @Override
            public int size() {
                return paths.length;
            }
        };
    }

    private FileStamp stamp(int at) {
        return sizes[at] == FileStamp.ABSENT.size() && modified[at] == FileStamp.ABSENT.modified() ? FileStamp.ABSENT
                : new FileStamp(sizes[at], modified[at]);
    }
}
