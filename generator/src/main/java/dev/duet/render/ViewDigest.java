package dev.duet.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** How the walker calls an accessor: any record in, any value out. */
    private static final MethodType READER = MethodType.methodType(Object.class, Record.class);

    /** Each record class's component accessors, in declaration order, looked up once per class. */
    private final ClassValue<List<MethodHandle>> accessors = new ClassValue<>() {
        @Override
        protected List<MethodHandle> computeValue(Class<?> type) {
            List<MethodHandle> handles = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    handles.add(MethodHandles.lookup().unreflect(component.getAccessor()).asType(READER));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
            return List.copyOf(handles);
        }
    };
    /** The digests of shared parts, by identity; empty until first digested. */
    private final Map<Object, Optional<byte[]>> shared = Collections.synchronizedMap(new IdentityHashMap<>());

    /** Marks a part that many views hold, so that it is digested once in this build. */
    <T> T shared(T part) {
        shared.putIfAbsent(part, Optional.empty());
        return part;
    }

    /** The fingerprint of a file rendered by {@code template} from {@code view}, with what every page depends on. */
    String of(String salt, String template, Record view) {
        Fingerprint print = new Fingerprint().add(salt).add(template);
        walk(view, print);
        return print.hex();
    }

    private void walk(Object value, Fingerprint print) {
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
        } else if (isShared(value)) {
            print.mark('h').add(digestOf(value));
        } else if (value instanceof Map<?, ?> map) {
            walkMap(map, print);
        } else if (value instanceof Record record) {
            walkRecord(record, print);
        } else {
            throw new IllegalArgumentException("a view holds " + (value == null ? "null" : "a " + value.getClass())
                    + ", which a fingerprint cannot digest: views hold strings, numbers, booleans, optionals,"
                    + " lists, maps, deferred values and records");
        }
    }

    private boolean isShared(Object value) {
        return (value instanceof Record || value instanceof Map) && shared.containsKey(value);
    }

    private byte[] digestOf(Object part) {
        Optional<byte[]> known = shared.get(part);
        if (known.isPresent()) {
            return known.get();
        }
        Fingerprint print = new Fingerprint();
        if (part instanceof Map<?, ?> map) {
            walkMap(map, print);
        } else {
            walkRecord((Record) part, print);
        }
        byte[] bits = print.bits();
        shared.put(part, Optional.of(bits));
        return bits;
    }

    private void walkRecord(Record record, Fingerprint print) {
        List<MethodHandle> components = accessors.get(record.getClass());
        print.mark('r').text(record.getClass().getSimpleName()).number(components.size());
        for (MethodHandle accessor : components) {
            try {
                walk((Object) accessor.invokeExact(record), print);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read a component of " + record.getClass(), e);
            }
        }
    }

    /** A map's entries in key order: the order a map iterates in may differ from run to run. */
    private void walkMap(Map<?, ?> map, Fingerprint print) {
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
