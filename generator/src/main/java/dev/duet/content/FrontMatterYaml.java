package dev.duet.content;

import dev.duet.diagnostic.Problems;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The front matter's YAML parsed into a map: YAML 1.2, no arbitrary types, no duplicate keys, no deeper nesting
 * than the parser's stack allows. Front matter as import writes it is read without a parser ({@link WrittenYaml}).
 */
final class FrontMatterYaml {

    static final int MAX_YAML_CODE_POINTS = 1024 * 1024;

    private FrontMatterYaml() {
    }

    /** The map the YAML holds; reports a problem with its line and returns empty when it is not usable. */
    static Optional<Map<?, ?>> parse(String path, String yaml, Problems problems) {
        if (yaml.length() > MAX_YAML_CODE_POINTS && yaml.codePointCount(0, yaml.length()) > MAX_YAML_CODE_POINTS) {
            // Told before any parser reads it: one read of a value of millions of characters took seconds.
            problems.error("content.yaml", path, 2, "front matter is " + yaml.codePointCount(0, yaml.length())
                    + " characters long, more than the " + MAX_YAML_CODE_POINTS + " it may hold; move the long"
                    + " text into the body");
            return Optional.empty();
        }
        try {
            // Front matter as import writes it needs no YAML parser; anything else gets one, once it is known not
            // to nest deeper than the parser's stack allows.
            Optional<Map<String, Object>> written = WrittenYaml.parse(yaml);
            if (written.isPresent()) {
                return Optional.of(written.get());
            }
            OptionalInt deep = YamlNesting.tooDeep(yaml);
            if (deep.isPresent()) {
                problems.error("content.yaml", path, deep.getAsInt() + 1, "front matter nests deeper than "
                        + YamlNesting.MAX_DEPTH + " levels; fix the YAML between the '---' lines");
                return Optional.empty();
            }
            return Optional.of(withoutControls(path, yaml, parseYaml(yaml), problems));
        } catch (MarkedYamlEngineException e) {
            // The front matter's first line is the file's second, after the opening '---'.
            int line = YamlErrors.line(e, yaml).map(at -> at + 2).orElse(1);
            problems.error("content.yaml", path, line, "front matter is not valid YAML: "
                    + YamlErrors.describe(e) + "; fix the YAML between the '---' lines");
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.error("content.yaml", path, 1, "front matter is not valid YAML: " + firstLine(e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * The map without the control characters no page can show and no feed may hold, which only an escape in a
     * quoted value (\b, \x07) can write; said once, at the line of the first key that held one.
     */
    private static Map<?, ?> withoutControls(String path, String yaml, Map<?, ?> map, Problems problems) {
        if (yaml.indexOf('\\') < 0) {
            // The parser takes no control character as it is: without an escape, there is none.
            return map;
        }
        Map<Object, Object> clean = new java.util.LinkedHashMap<>();
        String first = null;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            Object value = stripped(entry.getValue());
            if (!java.util.Objects.equals(value, entry.getValue()) && first == null) {
                first = String.valueOf(entry.getKey());
            }
            clean.put(entry.getKey(), value);
        }
        if (first == null) {
            return map;
        }
        // The front matter's first line is the file's second, after the opening '---'.
        problems.warning("content.control-character", path, 1 + Math.max(1, ArticleMerge.lineOf(yaml, first + ":")),
                "'" + first + "' holds a control character (an escape such as \\b in a quoted value), left out: no"
                + " page can show one, and a feed that held one would not be XML");
        return clean;
    }

    private static Object stripped(Object value) {
        if (value instanceof String text) {
            return dev.duet.io.ControlCharacters.strip(text);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(FrontMatterYaml::stripped).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, stripped(v)));
            return out;
        }
        return value;
    }

    /** The YAML parsed, an empty document as an empty map; throws when it is not valid or not a map. */
    static Map<?, ?> parseYaml(String yaml) {
        LoadSettings settings = LoadSettings.builder()
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(10)
                .setCodePointLimit(MAX_YAML_CODE_POINTS)
                .setLabel("front matter")
                .build();
        // The parser gives null for an empty document.
        Optional<Object> loaded = Optional.ofNullable(new Load(settings).loadFromString(yaml));
        if (loaded.isEmpty()) {
            return Map.of();
        }
        if (!(loaded.get() instanceof Map<?, ?> map)) {
            throw new YamlEngineException("expected 'key: value' lines, found a " + typeName(loaded.get()));
        }
        return map;
    }

    private static String typeName(Object value) {
        if (value instanceof List<?>) {
            return "list";
        }
        return value instanceof String ? "plain string"
                : value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    /** The first line of a parser's message; the parser may give none. */
    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
