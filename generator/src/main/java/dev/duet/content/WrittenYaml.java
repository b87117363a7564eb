package dev.duet.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the part of YAML that {@link FrontMatterFormat} writes, without a YAML parser: {@code key: "value"}
 * lines of double-quoted scalars with the escapes {@link YamlText} uses, lists of such scalars, the two-level
 * {@code source:} map, {@code views: 123} and {@code draft: true}. Anything else — another form, a character YAML
 * treats specially, a repeated key — gives empty, and the caller parses the front matter as YAML; so for every text
 * this accepts, the result equals the YAML parser's. Almost every article file is read this way: import writes them
 * so, and editing a value by hand keeps them so.
 */
final class WrittenYaml {

    /** Keys of letters that YAML reads as a boolean or null rather than as a string. */
    private static final java.util.Set<String> NOT_STRINGS = java.util.Set.of("true", "True", "TRUE", "false", "False",
            "FALSE", "null", "Null", "NULL");

    private WrittenYaml() {
    }

    /** The front matter's mapping, or empty when the text is not in the written form. */
    static Optional<Map<String, Object>> parse(String yaml) {
        Map<String, Object> map = new LinkedHashMap<>();
        int pos = 0;
        int n = yaml.length();
        while (pos < n) {
            int end = yaml.indexOf('\n', pos);
            if (end < 0) {
                return Optional.empty(); // the front matter always ends with a line break
            }
            int colon = key(yaml, pos, end);
            if (colon < 0) {
                return Optional.empty();
            }
            String key = yaml.substring(pos, colon);
            if (map.containsKey(key) || NOT_STRINGS.contains(key)) {
                return Optional.empty();
            }
            if (colon + 1 == end) {
                // "key:" then indented lines: a list of scalars or the source map
                int next = end + 1;
                List<String> items = new ArrayList<>();
                Map<String, Object> nested = new LinkedHashMap<>();
                while (next < n && yaml.startsWith("  ", next)) {
                    int lineEnd = yaml.indexOf('\n', next);
                    if (lineEnd < 0) {
                        return Optional.empty();
                    }
                    if (yaml.startsWith("  - ", next) && nested.isEmpty()) {
                        Optional<String> item = scalar(yaml, next + 4, lineEnd);
                        if (item.isEmpty()) {
                            return Optional.empty();
                        }
                        items.add(item.get());
                    } else if (items.isEmpty()) {
                        int innerColon = key(yaml, next + 2, lineEnd);
                        if (innerColon < 0 || innerColon + 2 > lineEnd || yaml.charAt(innerColon + 1) != ' ') {
                            return Optional.empty();
                        }
                        String innerKey = yaml.substring(next + 2, innerColon);
                        Optional<String> value = scalar(yaml, innerColon + 2, lineEnd);
                        if (value.isEmpty() || nested.containsKey(innerKey) || NOT_STRINGS.contains(innerKey)) {
                            return Optional.empty();
                        }
                        nested.put(innerKey, value.get());
                    } else {
                        return Optional.empty();
                    }
                    next = lineEnd + 1;
                }
                if (items.isEmpty() == nested.isEmpty()) {
                    return Optional.empty(); // "key:" alone is null in YAML; leave that to the parser
                }
                map.put(key, items.isEmpty() ? nested : items);
                pos = next;
                continue;
            }
            if (yaml.charAt(colon + 1) != ' ') {
                return Optional.empty();
            }
            int value = colon + 2;
            if (value < end && yaml.charAt(value) == '"') {
                Optional<String> text = scalar(yaml, value, end);
                if (text.isEmpty()) {
                    return Optional.empty();
                }
                map.put(key, text.get());
            } else if (yaml.startsWith("true", value) && value + 4 == end) {
                map.put(key, Boolean.TRUE);
            } else {
                Optional<Integer> number = smallInteger(yaml, value, end);
                if (number.isEmpty()) {
                    return Optional.empty();
                }
                map.put(key, number.get());
            }
            pos = end + 1;
        }
        return Optional.of(map);
    }

    /** The index of the colon after a key of ASCII letters starting at {@code from}, or -1. */
    private static int key(String yaml, int from, int end) {
        int i = from;
        while (i < end && isKeyChar(yaml.charAt(i))) {
            i++;
        }
        return i > from && i < end && yaml.charAt(i) == ':' ? i : -1;
    }

    private static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** A decimal integer that fits an {@code int}, without sign or leading zero (or 0 itself), or empty. */
    private static Optional<Integer> smallInteger(String yaml, int from, int end) {
        int length = end - from;
        if (length < 1 || length > 10 || length > 1 && yaml.charAt(from) == '0') {
            return Optional.empty();
        }
        long value = 0;
        for (int i = from; i < end; i++) {
            char c = yaml.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
            value = value * 10 + (c - '0');
        }
        return value <= Integer.MAX_VALUE ? Optional.of((int) value) : Optional.empty();
    }

    /**
     * The double-quoted scalar that fills {@code [from, end)}, or empty when it is not one in the written form: the
     * closing quote must end the line, and every character be printable outside the few YAML treats specially.
     */
    private static Optional<String> scalar(String yaml, int from, int end) {
        if (end - from < 2 || yaml.charAt(from) != '"' || yaml.charAt(end - 1) != '"') {
            return Optional.empty();
        }
        StringBuilder out = null;
        int i = from + 1;
        int last = end - 1;
        int plainFrom = i;
        while (i < last) {
            char c = yaml.charAt(i);
            if (c == '\\') {
                if (out == null) {
                    out = new StringBuilder(last - from);
                }
                out.append(yaml, plainFrom, i);
                if (i + 1 >= last) {
                    return Optional.empty();
                }
                char e = yaml.charAt(i + 1);
                int skip = 2;
                switch (e) {
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'N' -> out.append('\u0085');
                    case 'x' -> {
                        int code = hex(yaml, i + 2, 2, last);
                        if (code < 0) {
                            return Optional.empty();
                        }
                        out.append((char) code);
                        skip = 4;
                    }
                    case 'u' -> {
                        int code = hex(yaml, i + 2, 4, last);
                        if (code != 0x2028 && code != 0x2029 && code != 0xFEFF && code < 0xFFFD) {
                            return Optional.empty();
                        }
                        out.append((char) code);
                        skip = 6;
                    }
                    default -> {
                        return Optional.empty();
                    }
                }
                i += skip;
                plainFrom = i;
            } else if (c == '"' || !isPrintable(yaml, i)) {
                return Optional.empty();
            } else {
                i += Character.isHighSurrogate(c) ? 2 : 1;
            }
        }
        if (out == null) {
            return Optional.of(yaml.substring(from + 1, last));
        }
        return Optional.of(out.append(yaml, plainFrom, last).toString());
    }

    /** A character YAML reads as itself inside double quotes; a surrogate only as the first of a pair. */
    private static boolean isPrintable(String yaml, int i) {
        char c = yaml.charAt(i);
        if (c >= 0x20 && c < 0x7F) {
            return true;
        }
        if (c < 0xA0 || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') {
            return false;
        }
        if (Character.isSurrogate(c)) {
            return Character.isHighSurrogate(c) && i + 1 < yaml.length()
                    && Character.isLowSurrogate(yaml.charAt(i + 1));
        }
        return true;
    }

    private static int hex(String yaml, int from, int digits, int end) {
        if (from + digits > end) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + digits; i++) {
            int d = Character.digit(yaml.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            value = value * 16 + d;
        }
        return value;
    }
}
