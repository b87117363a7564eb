package dev.duet.render;

import dev.duet.io.Hash128;
import dev.duet.io.RecordReaders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A page's fingerprint, taken from the very view its template renders: every component of every record reachable
 * from the view, so that nothing a page shows can be left out of it. A {@link Deferred} value counts by its inputs,
 * so a body's HTML is not made to fingerprint it. Parts that many views of a build share (a language's site view
 * and strings, an article as lists show it) are digested once, when marked {@link #shared}.
 *
 * <p>Views hold strings, numbers, booleans, optionals, lists, maps with string keys, deferred values and records of
 * those; anything else is a mistake in a view, and fails here rather than going unnoticed.
 */
final class ViewDigest {

    /** Each record class's name and accessors, looked up once per class. */
    private final RecordReaders records = new RecordReaders();
    /** What a lookup among shared parts gives for a part that is not one: told apart by identity. */
    private static final Optional<long[]> NOT_SHARED = Optional.of(new long[0]);
    /** The digests of shared parts, by identity; empty until first digested. Read by every core at once. */
    private final Map<Identity, Optional<long[]>> shared = new ConcurrentHashMap<>();
    /** The classes of shared parts: only values of these are looked up among them. */
    private final Set<Class<?>> sharedTypes = ConcurrentHashMap.newKeySet();

    /** Marks a part that many views hold, so that it is digested once in this build. */
    <T> T shared(T part) {
        sharedTypes.add(part.getClass());
        shared.putIfAbsent(new Identity(part), Optional.empty());
        return part;
    }

    /** The fingerprint of a file rendered by {@code template} from {@code view}, with what every page depends on. */
    String of(String salt, String template, Record view) {
        Hash128 print = new Hash128().text(salt).text(template);
        walk(view, print);
        return print.hex();
    }

    private void walk(Object value, Hash128 print) {
        if (value instanceof String text) {
            print.mark('s').text(text);
        } else if (value instanceof Integer || value instanceof Long) {
            print.mark('n').number(((Number) value).longValue());
        } else if (value instanceof Boolean bool) {
            print.mark(bool ? 't' : 'f');
        } else if (value instanceof Optional<?> optional) {
            print.mark(optional.isPresent() ? 'o' : 'e');
            optional.ifPresent(present -> walk(present, print));
        } else if (value instanceof Deferred<?> deferred) {
            print.mark('d');
            walk(deferred.inputs(), print);
        } else if (value instanceof List<?> list) {
            print.mark('l').number(list.size());
            for (Object item : list) {
                walk(item, print);
            }
        } else if (value instanceof Map<?, ?> || value instanceof Record) {
            walkPart(value, print);
        } else {
            throw new IllegalArgumentException("a view holds " + (value == null ? "null" : "a " + value.getClass())
                    + ", which a fingerprint cannot digest: views hold strings, numbers, booleans, optionals,"
                    + " lists, maps, deferred values and records");
        }
    }

    /** A map or a record: by its digest when it is a shared part, else walked. One lookup tells which. */
    private void walkPart(Object part, Hash128 print) {
        Optional<long[]> known = sharedTypes.contains(part.getClass())
                ? shared.getOrDefault(new Identity(part), NOT_SHARED) : NOT_SHARED;
        if (known == NOT_SHARED) {
            walkWhole(part, print);
            return;
        }
        long[] bits;
        if (known.isPresent()) {
            bits = known.get();
        } else {
            Hash128 own = new Hash128();
            walkWhole(part, own);
            bits = own.bits();
            shared.put(new Identity(part), Optional.of(bits));
        }
        print.mark('h').bits(bits);
    }

    private void walkWhole(Object part, Hash128 print) {
        if (part instanceof Map<?, ?> map) {
            walkMap(map, print);
        } else {
            walkRecord((Record) part, print);
        }
    }

    /** A value as a key by its identity: equal records are compared by value, which costs a walk of their own. */
    private record Identity(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    private void walkRecord(Record record, Hash128 print) {
        RecordReaders.Reader type = records.of(record.getClass());
        print.mark('r').text(type.name()).number(type.accessors().size());
        for (Function<Object, Object> accessor : type.accessors()) {
            walk(accessor.apply(record), print);
        }
    }

    /** A map's entries in key order: the order a map iterates in may differ from run to run. */
    private void walkMap(Map<?, ?> map, Hash128 print) {
        List<String> keys = new ArrayList<>();
        for (Object key : map.keySet()) {
            if (!(key instanceof String text)) {
                throw new IllegalArgumentException("a view holds a map keyed by " + key.getClass()
                        + ", which a fingerprint cannot digest: view maps are keyed by strings");
            }
            keys.add(text);
        }
        Collections.sort(keys);
        print.mark('m').number(keys.size());
        for (String key : keys) {
            print.text(key);
            walk(map.get(key), print);
        }
    }
}
