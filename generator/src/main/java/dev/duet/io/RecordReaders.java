package dev.duet.io;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How to read the components of records (page views, the site model), looked up once per record class. An accessor
 * is made a function, as a lambda is: templates and fingerprints call millions of them, and a reflective call costs
 * several times more. Thread-safe.
 */
public final class RecordReaders {

    /**
     * A record class: its simple name, its component accessors in declaration order, the same accessors by
     * component name, and each component's place in that order by name.
     */
    public record Reader(String name, List<Function<Object, Object>> accessors,
            Map<String, Function<Object, Object>> byName, Map<String, Integer> indexes) {
    }

    private final ClassValue<Reader> readers = new ClassValue<>() {
        @Override
        protected Reader computeValue(Class<?> type) {
            List<Function<Object, Object>> accessors = new ArrayList<>();
            Map<String, Function<Object, Object>> byName = new HashMap<>();
            Map<String, Integer> indexes = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Function<Object, Object> accessor = accessor(type, component);
                indexes.put(component.getName(), accessors.size());
                accessors.add(accessor);
                byName.put(component.getName(), accessor);
            }
            return new Reader(type.getSimpleName(), List.copyOf(accessors), Map.copyOf(byName),
                    Map.copyOf(indexes));
        }
    };

    /** The reader of a record class. */
    public Reader of(Class<?> type) {
        return readers.get(type);
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> accessor(Class<?> type, RecordComponent component) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            MethodHandle getter = lookup.unreflect(component.getAccessor());
            Class<?> value = MethodType.methodType(component.getType()).wrap().returnType();
            return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                    MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class),
                    getter, MethodType.methodType(value, type)).getTarget().invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + component + " of " + type, e);
        }
    }
}
