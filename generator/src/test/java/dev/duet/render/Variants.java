package dev.duet.render;

import dev.duet.content.Body;
import dev.duet.model.ArticleTexts;
import dev.duet.model.Translation;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Values of view and model records made by reflection: a sample of any such type, and every value that differs
 * from a given one in exactly one place (one string, number, flag, optional, list item or map entry, however deep).
 */
final class Variants {

    private Variants() {
    }

    /** A value of the type with every part present; nested lists and optionals stop at a few levels. */
    static Object sample(Type type) {
        return sample(type, 0);
    }

    private static Object sample(Type type, int depth) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return "s" + depth;
        }
        if (raw == int.class || raw == Integer.class) {
            return 3;
        }
        if (raw == long.class || raw == Long.class) {
            return 3L;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return false;
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2024, 5, 20);
        }
        if (raw == LocalTime.class) {
            return LocalTime.of(9, 30);
        }
        if (raw == ZoneOffset.class) {
            return ZoneOffset.ofHours(8);
        }
        if (raw == Body.class) {
            return Body.of("A paragraph.\n\nAnother one.");
        }
        if (raw == Optional.class) {
            return depth > 3 ? Optional.empty() : Optional.of(sample(argument(type, 0), depth + 1));
        }
        if (raw == List.class) {
            return depth > 3 ? List.of() : List.of(sample(argument(type, 0), depth + 1));
        }
        if (raw == Map.class) {
            return Map.of(sample(argument(type, 0), depth + 1), sample(argument(type, 1), depth + 1));
        }
        if (raw == Deferred.class) {
            return Deferred.known(sample(argument(type, 0), depth + 1));
        }
        if (raw.isSealed()) {
            for (Class<?> kind : raw.getPermittedSubclasses()) {
                if (kind.isRecord()) {
                    return sample(kind, depth);
                }
            }
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = sample(components[i].getGenericType(), depth + 1);
            }
            return construct(raw, values);
        }
        throw new IllegalArgumentException("no sample of " + type);
    }

    /** Every value that differs from {@code value}, of type {@code type}, in exactly one place. */
    static List<Object> of(Object value, Type type) {
        List<Object> variants = new ArrayList<>();
        Class<?> raw = raw(type);
        if (value instanceof String text) {
            variants.add(text.endsWith("/") ? text.substring(0, text.length() - 1) + "x/" : text + "x");
        } else if (value instanceof Integer number) {
            variants.add(number + 1);
        } else if (value instanceof Long number) {
            variants.add(number + 1);
        } else if (value instanceof Boolean flag) {
            variants.add(!flag);
        } else if (value instanceof LocalDate date) {
            variants.add(date.plusDays(40));
        } else if (value instanceof LocalTime time) {
            variants.add(time.plusHours(1));
        } else if (value instanceof ZoneOffset offset) {
            variants.add(ZoneOffset.ofTotalSeconds(offset.getTotalSeconds() + 3600));
        } else if (value instanceof Body body) {
            variants.add(Body.of(body.text() + "\n\nOne more paragraph."));
            variants.add(Body.of("A new first paragraph.\n\n" + body.text()));
        } else if (value instanceof Optional<?> optional) {
            if (optional.isPresent()) {
                variants.add(Optional.empty());
                of(optional.get(), argument(type, 0)).forEach(v -> variants.add(Optional.of(v)));
            } else {
                variants.add(Optional.of(sample(argument(type, 0), 2)));
            }
        } else if (value instanceof Deferred<?> deferred) {
            of(deferred.get(), argument(type, 0)).forEach(v -> variants.add(Deferred.known(v)));
        } else if (value instanceof List<?> list) {
            List<Object> longer = new ArrayList<>(list);
            longer.add(sample(argument(type, 0), 2));
            variants.add(List.copyOf(longer));
            for (int i = 0; i < list.size(); i++) {
                int index = i;
                of(list.get(i), argument(type, 0)).forEach(v -> {
                    List<Object> changed = new ArrayList<>(list);
                    changed.set(index, v);
                    variants.add(List.copyOf(changed));
                });
                List<Object> shorter = new ArrayList<>(list);
                shorter.remove(i);
                variants.add(List.copyOf(shorter));
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                of(map.get(key), argument(type, 1)).forEach(v -> {
                    Map<Object, Object> changed = new LinkedHashMap<>(map);
                    changed.put(key, v);
                    variants.add(Map.copyOf(changed));
                });
            }
        } else if (value instanceof Record record) {
            // The value's own class: a component may be declared as a sealed interface of records.
            Class<?> kind = record.getClass();
            RecordComponent[] components = kind.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = read(components[i], record);
            }
            for (int i = 0; i < components.length; i++) {
                // A link to the other language shows its title; the other texts are the other page's.
                List<Object> options = record instanceof Translation link && values[i] instanceof ArticleTexts
                        ? List.of(ArticleTexts.titled(link.title() + "x"))
                        : of(values[i], components[i].getGenericType());
                for (Object v : options) {
                    Object[] changed = values.clone();
                    changed[i] = v;
                    variants.add(construct(kind, changed));
                }
            }
        } else {
            throw new IllegalArgumentException("no variants of " + type);
        }
        return variants;
    }

    static Object read(RecordComponent component, Record record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object construct(Class<?> type, Object[] values) {
        Class<?>[] types = new Class<?>[values.length];
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type, e);
        }
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
    }

    private static Type argument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }
}
