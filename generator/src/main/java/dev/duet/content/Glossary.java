package dev.duet.content;

import dev.duet.diagnostic.Problem;
import dev.duet.io.FileErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The site's glossary: the English and Chinese name of each keyword, so that {@code Wang Yi} shows as
 * {@code 王毅} on Chinese pages and both languages share one tag page slug. The file is YAML, one
 * {@code English: 中文} pair a line. Keywords not in the glossary are shown as written. A {@code people:} block
 * names reporters the same way ({@code Shan Lu: 单璐}), so that both languages share one reporter page. The build
 * adds the site's {@link SectionMap} to it: the names of its sections.
 */
public final class Glossary {

    /** One keyword in both languages. */
    public record Entry(String en, String zh) {
    }

    /** The key of the block of people's names. */
    static final String PEOPLE = "people";

    /** The longest glossary read, in characters: about a million entries, far past any newsroom's. */
    static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    private final Map<String, Entry> byName;
    private final List<Entry> entries;
    private final Map<String, Entry> byPerson;
    private final SectionMap sections;

    private Glossary(Map<String, Entry> byName, List<Entry> entries, Map<String, Entry> byPerson,
            SectionMap sections) {
        this.byName = Map.copyOf(byName);
        this.entries = List.copyOf(entries);
        this.byPerson = Map.copyOf(byPerson);
        this.sections = sections;
    }

    public static Glossary empty() {
        return new Glossary(Map.of(), List.of(), Map.of(), SectionMap.empty());
    }

    /** This glossary with the site's sections. */
    public Glossary withSections(SectionMap map) {
        return new Glossary(byName, entries, byPerson, map);
    }

    /** The site's sections (empty unless the build added them). */
    public SectionMap sections() {
        return sections;
    }

    /**
     * The entry naming this person (a reporter) in either language, as written or, when the name has Traditional
     * characters, as its Simplified form: 陳嘉 is the glossary's 陈嘉.
     */
    public Optional<Entry> findPerson(String name) {
        return Optional.ofNullable(byPerson.get(normalize(name)))
                .or(() -> Optional.ofNullable(byPerson.get(normalize(dev.duet.io.TraditionalFold.text(name)))));
    }

    /** Whether it names any reporter, in its {@code people:} block. */
    public boolean hasPeople() {
        return !byPerson.isEmpty();
    }

    /** Every entry, in the file's order. */
    public List<Entry> entries() {
        return entries;
    }

    /** Reads the glossary file; a missing file is an empty glossary, a bad one is reported and ignored. */
    public static Glossary read(Path siteDir, Optional<Path> file, List<Problem> problems) throws IOException {
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return empty();
        }
        String rel = ContentReader.relative(siteDir, file.get());
        String text;
        try {
            text = Files.readString(file.get(), StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.add(Problem.error("glossary.yaml", rel, 0, "not UTF-8: save it as UTF-8; until then no tag"
                    + " or name is translated by it"));
            return empty();
        } catch (IOException e) {
            problems.add(Problem.error("glossary.read", rel, 0, "cannot read the file: " + FileErrors.readReason(e)
                    + "; until then no tag or name is translated by it"));
            return empty();
        }
        OptionalInt deep = YamlNesting.tooDeep(text);
        if (deep.isPresent()) {
            problems.add(Problem.error("glossary.yaml", rel, deep.getAsInt(), "nests deeper than "
                    + YamlNesting.MAX_DEPTH + " levels; write one 'English: 中文' pair a line"));
            return empty();
        }
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).setMaxAliasesForCollections(10)
                    .setCodePointLimit(MAX_CODE_POINTS).build()).loadFromString(text);
        } catch (MarkedYamlEngineException e) {
            problems.add(Problem.error("glossary.yaml", rel, YamlErrors.line(e).map(at -> at + 1).orElse(0),
                    "not valid YAML (" + YamlErrors.describe(e) + "); write one 'English: 中文' pair a line"));
            return empty();
        } catch (YamlEngineException e) {
            problems.add(Problem.error("glossary.yaml", rel, 0, "not valid YAML (" + YamlErrors.describe(e)
                    + "); write one 'English: 中文' pair a line"));
            return empty();
        }
        if (loaded == null) {
            return empty();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            problems.add(Problem.error("glossary.format", rel, 1, "expected 'English: 中文' pairs"));
            return empty();
        }
        List<Entry> entries = new ArrayList<>();
        List<Entry> people = new ArrayList<>();
        map.forEach((k, v) -> {
            if (PEOPLE.equals(k) && v instanceof Map<?, ?> names) {
                // A block, not a tag: a keyword named "people" has a text value.
                names.forEach((name, other) -> {
                    if (name instanceof String en && other instanceof String zh && !en.isBlank() && !zh.isBlank()) {
                        people.add(new Entry(en.strip(), zh.strip()));
                    } else {
                        problems.add(Problem.warning("glossary.entry", rel, 0, "person '" + name
                                + "' under 'people:' is not an 'English: 中文' pair of texts; it is ignored"));
                    }
                });
            } else if (k instanceof String en && v instanceof String zh && !en.isBlank() && !zh.isBlank()) {
                entries.add(new Entry(en.strip(), zh.strip()));
            } else {
                problems.add(Problem.warning("glossary.entry", rel, 0,
                        "entry '" + k + "' is not an 'English: 中文' pair of texts; it is ignored"));
            }
        });
        return new Glossary(index(entries), entries, index(people), SectionMap.empty());
    }

    static Glossary of(List<Entry> entries) {
        return new Glossary(index(entries), entries, Map.of(), SectionMap.empty());
    }

    private static Map<String, Entry> index(List<Entry> entries) {
        Map<String, Entry> byName = new HashMap<>();
        for (Entry entry : entries) {
            byName.putIfAbsent(normalize(entry.en()), entry);
            byName.putIfAbsent(normalize(entry.zh()), entry);
        }
        return byName;
    }

    /** The entry naming this keyword in either language. */
    public Optional<Entry> find(String keyword) {
        return Optional.ofNullable(byName.get(normalize(keyword)));
    }

    /** The form used to compare keywords: NFKC, trimmed, lower case, single spaces. */
    public static String normalize(String keyword) {
        String plain = keyword.strip();
        if (isSimple(plain)) {
            // Most keywords are plain ASCII words: skip the normaliser and the regex.
            return plain.toLowerCase(Locale.ROOT);
        }
        String normal = Normalizer.isNormalized(keyword, Normalizer.Form.NFKC) ? keyword
                : Normalizer.normalize(keyword, Normalizer.Form.NFKC);
        return singleSpaced(normal.strip()).toLowerCase(Locale.ROOT);
    }

    /** Each run of ASCII white space ({@code \s}: space, tab, line breaks, form feed) as one space. */
    private static String singleSpaced(String text) {
        StringBuilder out = null;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = isAsciiSpace(c);
            if (out == null && space && (c != ' ' || (i + 1 < text.length() && isAsciiSpace(text.charAt(i + 1))))) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (!space) {
                    out.append(c);
                } else if (!inRun) {
                    out.append(' ');
                }
            }
            inRun = space;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Printable ASCII with single spaces between words: already in normal form but for case. */
    private static boolean isSimple(String text) {
        char previous = 'x';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }
}
