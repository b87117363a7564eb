package dev.duet.io;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Optional;

/**
 * A record as text, component by component in declaration order, records within it, optional values and lists
 * included: the text its {@code toString} gives, read by reflection (a record that writes its own {@code toString}
 * reads as the others do). A record's {@code toString} is linked at its first call, which took a fresh JVM 0.1 s
 * for the configuration and the records it holds, on every build.
 */
public final class RecordText {

    private RecordText() {
    }

    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        append(value, out);
        return out.toString();
    }

    private static void append(Object value, StringBuilder out) {
        if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('[');
            RecordComponent[] components = record.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                out.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=');
                append(component(record, components[i]), out);
            }
            out.append(']');
        } else if (value instanceof Optional<?> optional) {
            if (optional.isPresent()) {
                out.append("Optional[");
                append(optional.get(), out);
                out.append(']');
            } else {
                out.append("Optional.empty");
            }
        } else if (value instanceof Collection<?> collection) {
            out.append('[');
            String separator = "";
            for (Object element : collection) {
                out.append(separator);
                append(element, out);
                separator = ", ";
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }

    private static Object component(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("a record's accessor that cannot be called: " + component, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("a record's accessor failed: " + component, e.getCause());
        }
    }
}
