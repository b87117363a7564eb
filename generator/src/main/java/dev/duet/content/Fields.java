package dev.duet.content;

import dev.duet.diagnostic.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed access to the parsed front matter, reporting each field of the wrong type with its line. */
final class Fields {
    private final String path;
    private final String yaml;
    private final Map<?, ?> map;
    private final Problems problems;
    /** The key each known key is written as, where the file writes it with other capitals ({@code Draft}). */
    private final Map<String, String> written;

    Fields(String path, String yaml, Map<?, ?> map, Problems problems) {
        this.path = path;
        this.yaml = yaml;
        this.map = map;
        this.problems = problems;
        // Told with their lines, which line() finds before written is set.
        this.written = FrontMatterKeys.read(path, map, this, problems);
    }

    /** The line of a top-level key in the file (the front matter starts on line 2), or 1. */
    int line(String key) {
        key = written == null ? key : written.getOrDefault(key, key);
        int lineNo = 2;
        for (String l : yaml.split("\n", -1)) {
            if (l.startsWith(key + ":")) {
                return lineNo;
            }
            lineNo++;
        }
        return 1;
    }

    Optional<String> string(String key) {
        Optional<Object> value = find(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof String || value.get() instanceof Number || value.get() instanceof Boolean) {
            return Optional.of(value.get().toString());
        }
        wrongType(key, "a text value");
        return Optional.empty();
    }

    Optional<String> nested(String key, String inner) {
        Optional<Object> value = find(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof Map<?, ?> m) {
            return Optional.ofNullable(m.get(inner)).map(Object::toString);
        }
        if (value.get() instanceof String s && inner.equals("url")) {
            return Optional.of(s);
        }
        wrongType(key, "a map with '" + inner + "'");
        return Optional.empty();
    }

    List<String> strings(String key) {
        Optional<Object> value = find(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object item : list) {
                if (item instanceof String || item instanceof Number || item instanceof Boolean) {
                    String s = item.toString().strip();
                    if (!s.isEmpty()) {
                        out.add(s);
                    }
                } else if (item != null) { // a YAML null item is left out silently
                    wrongType(key, "a list of text values");
                }
            }
            return out;
        }
        if (value.get() instanceof String s) {
            return s.isBlank() ? List.of() : List.of(s.strip());
        }
        wrongType(key, "a text or a list of texts");
        return List.of();
    }

    /**
     * The line of each value {@link #strings} gives for a list written one item a line under its key ({@code -
     * "/old/"}); empty when the list is written otherwise (on the key's line), so that the key's line stands for all.
     */
    List<Integer> stringLines(String key) {
        if (!(find(key).orElse(null) instanceof List<?> list)) {
            return List.of();
        }
        String[] lines = yaml.split("\n", -1);
        int at = line(key) - 2;
        if (at < 0 || !lines[at].substring(key.length() + 1).strip().replaceFirst("^#.*", "").isEmpty()) {
            return List.of();
        }
        List<Integer> items = new ArrayList<>();
        for (int i = at + 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!line.equals("-") && !line.startsWith("- ")) {
                if (!Character.isWhitespace(lines[i].charAt(0))) {
                    break;
                }
                return List.of(); // an item over several lines: not one item a line
            }
            items.add(i + 2);
        }
        if (items.size() != list.size()) {
            return List.of();
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if ((item instanceof String || item instanceof Number || item instanceof Boolean)
                    && !item.toString().isBlank()) {
                kept.add(items.get(i));
            }
        }
        return kept;
    }

    Optional<Integer> integer(String key) {
        Optional<Object> value = find(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof Integer i && i >= 0) {
            return Optional.of(i);
        }
        if (value.get() instanceof Number n && !(n instanceof Double || n instanceof Float) && n.longValue() >= 0
                && n.longValue() <= Integer.MAX_VALUE) {
            return Optional.of(n.intValue());
        }
        wrongType(key, "a whole number, 0 or more");
        return Optional.empty();
    }

    /**
     * A switch that keeps an article from readers ({@code draft}, {@code unpublished}): {@code true} or
     * {@code false}; {@code yes}, {@code on} and {@code 1} (or {@code no}…) with a warning, since another generator
     * reads them so; any other value is an error, and reads as {@code true}: a value no one can read keeps the
     * article back rather than publish what its editor meant to keep back.
     */
    boolean bool(String key) {
        return switchOf(key).orElseGet(() -> {
            problems.error("content.field-type", path, line(key), "'" + key + "' should be true or false; '"
                    + find(key).orElseThrow() + "' is read as true, so the article is kept back: write true or false");
            return true;
        });
    }

    /**
     * A switch that asks for something more than the article ({@code lead}): as {@link #bool} reads it, except that
     * a value no one can read is a warning and reads as {@code false}, since nothing is kept back by ignoring it.
     */
    boolean option(String key) {
        return switchOf(key).orElseGet(() -> {
            wrongType(key, "true or false");
            return false;
        });
    }

    /**
     * A switch's value: {@code false} when absent, {@code true} or {@code false} as written, a word another
     * generator reads so ({@code yes}, {@code on}, {@code 1}, {@code no}…) with a warning; empty when no one can read
     * it.
     */
    private Optional<Boolean> switchOf(String key) {
        Optional<Object> value = find(key);
        if (value.isEmpty()) {
            return Optional.of(false);
        }
        if (value.get() instanceof Boolean b) {
            return Optional.of(b);
        }
        String text = value.get().toString().strip().toLowerCase(java.util.Locale.ROOT);
        boolean yes = List.of("true", "yes", "y", "on", "1").contains(text);
        if (!yes && !List.of("false", "no", "n", "off", "0").contains(text)) {
            return Optional.empty();
        }
        problems.warning("content.field-type", path, line(key), "'" + key + ": " + value.get() + "' is read as "
                + yes + ": write " + yes + " without quotes");
        return Optional.of(yes);
    }

    /** The value of a key; a key with no value (YAML's null) is as absent as a missing one. */
    private Optional<Object> find(String key) {
        Object value = map.get(key);
        return Optional.ofNullable(value == null && written.containsKey(key) ? map.get(written.get(key)) : value);
    }

    private void wrongType(String key, String expected) {
        problems.warning("content.field-type", path, line(key),
                "'" + key + "' should be " + expected + "; it is ignored");
    }
}
