package dev.duet.io;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes JSON: JSON-LD blocks, the preview's events, indexes. The output is safe inside an HTML {@code <script>}
 * element: {@code <}, {@code >} and {@code &} are written as Unicode escapes, so no text can close the script or open
 * a comment.
 */
public final class Json {

    private Json() {
    }

    /** Writes a value made of maps (kept in their order), lists, int arrays, strings, numbers, booleans. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(512);
        write(out, value, false);
        return out.toString();
    }

    /** A value that writes its own JSON, for data kept in a form of its own (such as compressed numbers). */
    public interface Writable {
        void writeJson(StringBuilder out);
    }

    /** Writes like {@link #write(Object)}, with every object's keys sorted: stable whatever maps were used. */
    public static String writeSorted(Object value) {
        StringBuilder out = new StringBuilder(1024);
        write(out, value, true);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, boolean sortKeys) {
        if (value instanceof Map<?, ?> given) {
            Map<?, ?> map = given;
            if (sortKeys) {
                Map<String, Object> sorted = new TreeMap<>();
                given.forEach((k, v) -> sorted.put(k.toString(), v));
                map = sorted;
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, e.getKey().toString());
                out.append(':');
                write(out, e.getValue(), sortKeys);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, list.get(i), sortKeys);
            }
            out.append(']');
        } else if (value instanceof int[] ints) {
            out.append('[');
            for (int i = 0; i < ints.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(ints[i]);
            }
            out.append(']');
        } else if (value instanceof Writable writable) {
            writable.writeJson(out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value == null) {
            out.append("null");
        } else {
            string(out, value.toString());
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
