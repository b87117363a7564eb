package dev.duet.output;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Entries that come in ascending order of their paths, each once: checked a pair at a time as they come, then made a
 * sorted map without comparing each path along a tree's height ({@code TreeMap} builds one from a sorted map's
 * entries in a single pass). For the snapshot's sections as they are read, and its outputs as they are stamped.
 */
final class AscendingMap<V> extends AbstractMap<String, V> implements SortedMap<String, V> {
    private final List<Map.Entry<String, V>> entries;

    AscendingMap() {
        this(16);
    }

    AscendingMap(int expected) {
        entries = new ArrayList<>(expected);
    }

    /**
     * The keys with their values (at the same index), sorted: in one pass when the keys are in ascending order, each
     * once, else entered one by one, the last value of a key kept.
     */
    static <V> SortedMap<String, V> of(List<String> keys, List<V> values) {
        AscendingMap<V> ascending = new AscendingMap<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            if (!ascending.add(keys.get(i), values.get(i))) {
                SortedMap<String, V> sorted = new TreeMap<>();
                for (int k = 0; k < keys.size(); k++) {
                    sorted.put(keys.get(k), values.get(k));
                }
                return sorted;
            }
        }
        return ascending;
    }

    /** Adds the entry; false, adding nothing, when its key does not come after the last one's. */
    boolean add(String key, V value) {
        if (!entries.isEmpty() && entries.get(entries.size() - 1).getKey().compareTo(key) >= 0) {
            return false;
        }
        entries.add(new AbstractMap.SimpleImmutableEntry<>(key, value));
        return true;
    }

    /** A sorted map of the entries. */
    SortedMap<String, V> map() {
        return new TreeMap<>(this);
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return entries.iterator();
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    @Override
    public Comparator<? super String> comparator() {
        return null;
    }

    @Override
    public SortedMap<String, V> subMap(String fromKey, String toKey) {
        throw new UnsupportedOperationException();
    }

    @Override
    public SortedMap<String, V> headMap(String toKey) {
        throw new UnsupportedOperationException();
    }

    @Override
    public SortedMap<String, V> tailMap(String fromKey) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String firstKey() {
        return entries.get(0).getKey();
    }

    @Override
    public String lastKey() {
        return entries.get(entries.size() - 1).getKey();
    }
}
