package dev.duet.content;

import dev.duet.diagnostic.Problem;
import dev.duet.diagnostic.Problems;
import dev.duet.io.SiteFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads the Markdown article files under {@code articles/}: splits the front matter from the body, parses it as
 * YAML 1.2 (no arbitrary types, no duplicate keys) and checks every field, reporting each bad one with its line.
 * A file that cannot be read as an article is reported and left out; the others are unaffected.
 */
public final class ContentReader {

    private static final Pattern LANG_SUFFIX = Pattern.compile(".*\\.(zh|en)\\.md$");
    static final int MAX_FILE_BYTES = 8 * 1024 * 1024;
    static final int MAX_YAML_CODE_POINTS = 1024 * 1024;

    /** The result of reading a tree or a file: the articles that could be read, and every problem found. */
    /** True when bodies are not kept in memory but read from their files when needed ({@link Body}). */
    private final boolean bodiesOnDisk;

    /** A reader that keeps each body in memory. */
    public ContentReader() {
        this(false);
    }

    /**
     * @param bodiesOnDisk keep only each body's digest and length, and read its text from the file when a page
     *     needs it: for a site whose bodies would not fit in memory at once
     */
    public ContentReader(boolean bodiesOnDisk) {
        this.bodiesOnDisk = bodiesOnDisk;
    }

    public record Result(List<ContentFile> files, List<Problem> problems) {
        public Result {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads every {@code *.md} file under {@code articlesDir}, in path order, as {@code siteFiles} lists them: with a
     * warning for each link out of the site left out.
     */
    public Result readTree(SiteFiles siteFiles, Path articlesDir) throws IOException {
        List<ContentFile> files = new ArrayList<>();
        SiteFiles.Listing listing = siteFiles.list(articlesDir, ".md");
        List<Problem> problems = new ArrayList<>(listing.problems());
        for (Path file : listing.files()) {
            Result one = read(siteFiles.siteDir(), file);
            files.addAll(one.files());
            problems.addAll(one.problems());
        }
        return new Result(files, problems);
    }

    /** Reads one article file: the article, when it is usable, and its problems. Thread-safe. */
    public Result read(Path siteDir, Path file) throws IOException {
        Problems problems = new Problems();
        String path = relative(siteDir, file);
        Optional<ContentFile> content;
        if (!bodiesOnDisk) {
            content = read(path, Files.readAllBytes(file), problems, null, null);
        } else if (siteDir.resolve(path).equals(file)) {
            // As for every file of a walk below the site: the body finds its file by the article's own path.
            content = read(path, Files.readAllBytes(file), problems, siteDir, path);
        } else {
            content = read(path, Files.readAllBytes(file), problems, file, "");
        }
        return new Result(content.map(List::of).orElse(List.of()), problems.toList());
    }

    static String relative(Path siteDir, Path file) {
        Optional<String> below = below(siteDir, file);
        if (below.isPresent()) {
            return below.get();
        }
        Path rel = file.startsWith(siteDir) ? siteDir.relativize(file) : file;
        return rel.toString().replace('\\', '/');
    }

    /**
     * {@code siteDir.relativize(file)} with forward slashes, worked out on the strings, when {@code file} lies below
     * an absolute {@code siteDir} and neither holds a {@code .} or {@code ..} name (as every file a walk of the
     * site's folders gives); empty otherwise, for {@link Path#relativize} to answer.
     */
    public static Optional<String> below(Path siteDir, Path file) {
        String dir = siteDir.toString();
        String path = file.toString();
        int n = dir.length();
        if (!siteDir.isAbsolute() || path.length() <= n + 1 || !path.startsWith(dir)
                || path.charAt(n) != java.io.File.separatorChar || dir.endsWith(java.io.File.separator)
                || hasDotName(dir) || hasDotName(path)) {
            return Optional.empty();
        }
        return Optional.of(path.substring(n + 1).replace('\\', '/'));
    }

    private static boolean hasDotName(String path) {
        char separator = java.io.File.separatorChar;
        int start = 0;
        while (start <= path.length()) {
            int end = path.indexOf(separator, start);
            if (end < 0) {
                end = path.length();
            }
            int length = end - start;
            if ((length == 1 || length == 2) && path.startsWith(length == 1 ? "." : "..", start)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /** Reads one file's bytes; reports problems and returns empty when it is not a usable article. */
    public Optional<ContentFile> read(String path, byte[] bytes, Problems problems) {
        return read(path, bytes, problems, null, null);
    }

    /**
     * The body of an article file's bytes, as {@link #read} finds it, or empty when the file is not one (not UTF-8,
     * no front matter). For a {@link Body} read again.
     */
    static Optional<String> bodyOf(byte[] bytes) {
        String text;
        try {
            text = normalized(strictUtf8(bytes));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        if (!text.startsWith("---\n")) {
            return Optional.empty();
        }
        int close = frontMatterClose(text);
        return close < 0 ? Optional.empty() : Optional.of(text.substring(Math.min(close + 5, text.length())));
    }

    /** The bytes as UTF-8, refusing any malformed sequence. */
    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** The text without a byte order mark, with every line break a {@code \n}. */
    private static String normalized(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * In a text that starts with {@code ---}, the line break before the closing {@code ---} line (the body starts
     * five characters later, or at the end), or -1 when the front matter is not closed.
     */
    private static int frontMatterClose(String text) {
        int close = text.indexOf("\n---\n", 3);
        if (close >= 0) {
            return close;
        }
        return text.endsWith("\n---") ? text.length() - 4 : -1;
    }

    /**
     * Reads an article file's bytes; {@code root} and {@code bodyFile} (a path relative to it) name the file when
     * the body is to be read from it again, or are null when the body is kept.
     */
    private Optional<ContentFile> read(String path, byte[] bytes, Problems problems, Path root, String bodyFile) {
        if (bytes.length > MAX_FILE_BYTES) {
            problems.error("content.too-large", path, 0, "file is larger than " + (MAX_FILE_BYTES >> 20)
                    + " MB; split it or remove it from articles/");
            return Optional.empty();
        }
        String text;
        try {
            text = strictUtf8(bytes);
        } catch (CharacterCodingException e) {
            problems.error("content.encoding", path, 0, "not valid UTF-8; save the file as UTF-8");
            return Optional.empty();
        }
        text = normalized(text);
        if (!text.startsWith("---\n")) {
            problems.error("content.no-front-matter", path, 1,
                    "no front matter: the file must start with a line '---', then YAML, then '---'");
            return Optional.empty();
        }
        int close = frontMatterClose(text);
        if (close < 0) {
            problems.error("content.unclosed-front-matter", path, 1,
                    "front matter is not closed: add a line '---' after the YAML");
            return Optional.empty();
        }
        String yaml = text.substring(4, close + 1);
        int bodyLine = 2 + (int) yaml.chars().filter(c -> c == '\n').count() + 1;
        String body = text.substring(Math.min(close + 5, text.length()));
        Map<?, ?> map;
        try {
            // Front matter as import writes it needs no YAML parser; anything else gets one, once it is known not
            // to nest deeper than the parser's stack allows.
            Optional<Map<String, Object>> written = WrittenYaml.parse(yaml);
            if (written.isEmpty()) {
                OptionalInt deep = YamlNesting.tooDeep(yaml);
                if (deep.isPresent()) {
                    problems.error("content.yaml", path, deep.getAsInt() + 1, "front matter nests deeper than "
                            + YamlNesting.MAX_DEPTH + " levels; fix the YAML between the '---' lines");
                    return Optional.empty();
                }
            }
            map = written.isPresent() ? written.get() : parseYaml(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 2).orElse(1);
            problems.error("content.yaml", path, line, "front matter is not valid YAML: "
                    + firstLine(e.getProblem()) + "; fix the YAML between the '---' lines");
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.error("content.yaml", path, 1, "front matter is not valid YAML: " + firstLine(e.getMessage()));
            return Optional.empty();
        }
        Optional<MarkdownLimits.Finding> deep = MarkdownLimits.tooDeep(body);
        if (deep.isPresent()) {
            problems.error("content.markdown-depth", path, bodyLine + deep.get().line() - 1, deep.get().message()
                    + "; the article is left out");
            return Optional.empty();
        }
        Fields fields = new Fields(path, yaml, map, problems);
        String lang = fields.string("lang").orElseGet(() -> langFromName(path).orElse(""));
        if (!lang.equals("zh") && !lang.equals("en")) {
            problems.error("content.lang", path, fields.line("lang"),
                    "lang must be \"zh\" or \"en\" (or name the file *.zh.md / *.en.md), was '" + lang + "'");
            return Optional.empty();
        }
        Optional<String> title = fields.string("title").filter(t -> !t.isBlank());
        if (title.isEmpty()) {
            problems.error("content.no-title", path, fields.line("title"),
                    "no title: add 'title: \"…\"' to the front matter");
            return Optional.empty();
        }
        Optional<LocalDate> date = fields.string("date").flatMap(d -> parseDate(path, d, fields, problems));
        FrontMatter fm = new FrontMatter(
                title.get().strip(),
                lang,
                fields.string("script").filter(s -> s.equals("Hans") || s.equals("Hant")),
                date,
                fields.string("slug").filter(s -> !s.isBlank()),
                fields.strings("tags"),
                fields.string("dateline"),
                fields.string("agency"),
                fields.strings("reporters"),
                fields.string("headline"),
                fields.nested("source", "url"),
                fields.nested("source", "name"),
                fields.integer("views"),
                fields.string("sourceFile"),
                fields.string("translationKey").filter(s -> !s.isBlank()),
                fields.bool("draft"),
                fields.string(FrontMatterFormat.DIGEST_KEY));
        return Optional.of(new ContentFile(path, fm, root == null ? Body.of(body) : Body.onDisk(root, bodyFile, body), bodyLine));
    }

    private static Optional<LocalDate> parseDate(String path, String value, Fields fields, Problems problems) {
        String v = value.strip();
        // Accept a full timestamp too; only the day matters for a news URL.
        if (v.length() > 10 && v.charAt(10) == 'T' || v.length() > 10 && v.charAt(10) == ' ') {
            v = v.substring(0, 10);
        }
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            problems.error("content.date", path, fields.line("date"),
                    "date must be YYYY-MM-DD, was '" + value + "'; the article is listed as undated");
            return Optional.empty();
        }
    }

    static Optional<String> langFromName(String path) {
        var m = LANG_SUFFIX.matcher(path);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static Map<?, ?> parseYaml(String yaml) {
        LoadSettings settings = LoadSettings.builder()
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(10)
                .setCodePointLimit(MAX_YAML_CODE_POINTS)
                .setLabel("front matter")
                .build();
        Object loaded = new Load(settings).loadFromString(yaml);
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new YamlEngineException("expected 'key: value' lines, found a " + typeName(loaded));
        }
        return map;
    }

    private static String typeName(Object value) {
        if (value instanceof List<?>) {
            return "list";
        }
        return value instanceof String ? "plain string" : value.getClass().getSimpleName().toLowerCase();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Typed access to the parsed map, reporting each field of the wrong type with its line. */
    private static final class Fields {
        private final String path;
        private final String yaml;
        private final Map<?, ?> map;
        private final Problems problems;

        Fields(String path, String yaml, Map<?, ?> map, Problems problems) {
            this.path = path;
            this.yaml = yaml;
            this.map = map;
            this.problems = problems;
        }

        /** The line of a top-level key in the file (the front matter starts on line 2), or 1. */
        int line(String key) {
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
            Object value = map.get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                return Optional.of(value.toString());
            }
            wrongType(key, "a text value");
            return Optional.empty();
        }

        Optional<String> nested(String key, String inner) {
            Object value = map.get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (value instanceof Map<?, ?> m) {
                Object v = m.get(inner);
                return v == null ? Optional.empty() : Optional.of(v.toString());
            }
            if (value instanceof String s && inner.equals("url")) {
                return Optional.of(s);
            }
            wrongType(key, "a map with '" + inner + "'");
            return Optional.empty();
        }

        List<String> strings(String key) {
            Object value = map.get(key);
            if (value == null) {
                return List.of();
            }
            if (value instanceof List<?> list) {
                List<String> out = new ArrayList<>();
                for (Object item : list) {
                    if (item instanceof String || item instanceof Number || item instanceof Boolean) {
                        String s = item.toString().strip();
                        if (!s.isEmpty()) {
                            out.add(s);
                        }
                    } else if (item != null) {
                        wrongType(key, "a list of text values");
                    }
                }
                return out;
            }
            if (value instanceof String s) {
                return s.isBlank() ? List.of() : List.of(s.strip());
            }
            wrongType(key, "a list");
            return List.of();
        }

        Optional<Integer> integer(String key) {
            Object value = map.get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (value instanceof Integer i) {
                return Optional.of(i);
            }
            if (value instanceof Number n && n.longValue() >= 0 && n.longValue() <= Integer.MAX_VALUE) {
                return Optional.of(n.intValue());
            }
            wrongType(key, "a whole number");
            return Optional.empty();
        }

        boolean bool(String key) {
            Object value = map.get(key);
            if (value == null) {
                return false;
            }
            if (value instanceof Boolean b) {
                return b;
            }
            wrongType(key, "true or false");
            return false;
        }

        private void wrongType(String key, String expected) {
            problems.warning("content.field-type", path, line(key),
                    "'" + key + "' should be " + expected + "; it is ignored");
        }
    }
}
