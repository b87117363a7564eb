package dev.duet.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Replaces whole top-level blocks of an editor's front matter, leaving every other line as the editor wrote it:
 * their other keys, comments, order and quoting. A block is a {@code key:} line at the start of a line with the
 * indented or {@code -} lines after it. The result is checked with the YAML parser: every key not replaced must
 * keep its value and every replaced one must hold the new value, or nothing is returned and the file is left alone.
 */
final class FrontMatterEdit {

    private record Block(Optional<String> key, List<String> lines) {
    }

    private FrontMatterEdit() {
    }

    /**
     * The YAML with each key's block replaced by the given text: a block with no lines removes the key, a key that is
     * missing is added after the block of the nearest field before it in {@link ImportedField}'s order (or first).
     *
     * @param yaml the front matter between its {@code ---} lines, each line ending with a line break
     * @param replacements the new block of each key, in import's form: its lines, each ending with a line break
     */
    static Optional<String> replace(String yaml, Map<String, String> replacements) {
        List<Block> blocks = blocks(yaml);
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            String key = replacement.getKey();
            List<String> lines = lines(replacement.getValue());
            int at = indexOf(blocks, key);
            if (at >= 0) {
                blocks.set(at, new Block(Optional.of(key), withComment(blocks.get(at).lines(), lines)));
            } else if (!lines.isEmpty()) {
                blocks.add(insertionPoint(blocks, key), new Block(Optional.of(key), lines));
            }
        }
        StringBuilder out = new StringBuilder(yaml.length() + 128);
        blocks.forEach(block -> block.lines().forEach(out::append));
        String merged = out.toString();
        return holds(yaml, merged, replacements) ? Optional.of(merged) : Optional.empty();
    }

    /** The top-level block of {@code key} in the YAML, its lines as written; empty when the YAML has none. */
    static Optional<String> block(String yaml, String key) {
        List<Block> blocks = blocks(yaml);
        int at = indexOf(blocks, key);
        return at < 0 ? Optional.empty() : Optional.of(String.join("", blocks.get(at).lines()));
    }

    /** Blocks carried into import's front matter from an editor's, and the keys they hold, in the editor's order. */
    record Carried(String yaml, List<String> keys) {
    }

    /**
     * {@code into} (import's front matter) with the top-level blocks of {@code from} (an editor's) whose keys import
     * never writes and {@code into} lacks, as the editor wrote them, before {@code into}'s digest line; empty when
     * the result would not parse to {@code into}'s values plus theirs (the editor's YAML cannot be read).
     *
     * @param imports whether import writes a key
     */
    static Optional<Carried> carry(String from, String into, java.util.function.Predicate<String> imports) {
        List<Block> carried = new ArrayList<>();
        List<Block> target = blocks(into);
        for (Block block : blocks(from)) {
            if (block.key().isPresent() && !imports.test(block.key().get()) && indexOf(target, block.key().get()) < 0
                    && indexOf(carried, block.key().get()) < 0) {
                carried.add(block);
            }
        }
        if (carried.isEmpty()) {
            return Optional.of(new Carried(into, List.of()));
        }
        int at = indexOf(target, FrontMatterFormat.DIGEST_KEY);
        target.addAll(at < 0 ? target.size() : at, carried);
        StringBuilder out = new StringBuilder(into.length() + 256);
        for (Block block : target) {
            block.lines().forEach(line -> out.append(line.endsWith("\n") ? line : line + "\n"));
        }
        String merged = out.toString();
        // Checked as replacements of import's front matter by the editor's blocks.
        Map<String, String> blocks = new LinkedHashMap<>();
        carried.forEach(block -> blocks.put(block.key().get(), String.join("", block.lines())));
        return holds(into, merged, blocks) ? Optional.of(new Carried(merged, List.copyOf(blocks.keySet())))
                : Optional.empty();
    }

    /**
     * {@code lines}, a new one-line block, with the comment that ended the old one-line block ({@code views: 2000  #
     * from the CMS}): a comment is the editor's, and stays when import updates the value before it.
     */
    private static List<String> withComment(List<String> old, List<String> lines) {
        if (old.size() != 1 || lines.size() != 1 || lines.get(0).indexOf('#') >= 0) {
            return lines;
        }
        String line = old.get(0);
        boolean single = false;
        boolean dbl = false;
        for (int i = line.indexOf(':') + 1; i > 0 && i < line.length(); i++) {
            char c = line.charAt(i);
            if (dbl && c == '\\') {
                i++;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '#' && !single && !dbl && Character.isWhitespace(line.charAt(i - 1))) {
                int start = i - 1;
                while (start > 0 && Character.isWhitespace(line.charAt(start - 1))) {
                    start--;
                }
                String comment = line.substring(start).stripTrailing();
                String value = lines.get(0).stripTrailing();
                return List.of(value + comment + "\n");
            }
        }
        return lines;
    }

    /** The YAML cut into blocks: a keyed block per top-level key, and a keyless one for any other line. */
    private static List<Block> blocks(String yaml) {
        List<Block> blocks = new ArrayList<>();
        for (String line : lines(yaml)) {
            boolean continues = line.startsWith(" ") || line.startsWith("\t") || line.startsWith("-");
            if (continues && !blocks.isEmpty() && blocks.get(blocks.size() - 1).key().isPresent()) {
                blocks.get(blocks.size() - 1).lines().add(line);
            } else {
                List<String> lines = new ArrayList<>();
                lines.add(line);
                blocks.add(new Block(key(line), lines));
            }
        }
        return blocks;
    }

    /** The key a line opens, when it is a plain {@code key:} at the start of the line. */
    private static Optional<String> key(String line) {
        int i = 0;
        while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_')) {
            i++;
        }
        if (i == 0 || i >= line.length() || line.charAt(i) != ':') {
            return Optional.empty();
        }
        boolean endsKey = i + 1 == line.length() || line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\n'
                || line.charAt(i + 1) == '\t';
        return endsKey ? Optional.of(line.substring(0, i)) : Optional.empty();
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(start, next));
            start = next;
        }
        return lines;
    }

    private static int indexOf(List<Block> blocks, String key) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).key().equals(Optional.of(key))) {
                return i;
            }
        }
        return -1;
    }

    /** After the block of the nearest field that import writes before {@code key}, else at the start. */
    private static int insertionPoint(List<Block> blocks, String key) {
        List<String> order = new ArrayList<>();
        for (ImportedField field : ImportedField.values()) {
            order.add(field.key);
        }
        order.add(1, "lang");
        int position = order.indexOf(key);
        for (int i = position - 1; i >= 0; i--) {
            int at = indexOf(blocks, order.get(i));
            if (at >= 0) {
                return at + 1;
            }
        }
        return 0;
    }

    /** True when the merged YAML parses, and to the editor's values with only the replaced keys changed. */
    private static boolean holds(String yaml, String merged, Map<String, String> replacements) {
        try {
            Map<Object, Object> expected = new HashMap<>(FrontMatterYaml.parseYaml(yaml));
            for (Map.Entry<String, String> replacement : replacements.entrySet()) {
                Map<?, ?> block = FrontMatterYaml.parseYaml(replacement.getValue());
                if (block.containsKey(replacement.getKey())) {
                    expected.put(replacement.getKey(), block.get(replacement.getKey()));
                } else {
                    expected.remove(replacement.getKey());
                }
            }
            return Objects.equals(expected, new LinkedHashMap<>(FrontMatterYaml.parseYaml(merged)));
        } catch (RuntimeException e) {
            // Not YAML the parser reads (the editor's own may not have been): the file is left as it is.
            return false;
        }
    }
}
