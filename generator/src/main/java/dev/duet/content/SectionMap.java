package dev.duet.content;

import dev.duet.diagnostic.Problem;
import dev.duet.io.FileErrors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which section of the site an article's source belongs to: the channel in its URL ({@code chinanews.com/gn/…} is
 * 国内, China) names a section, with its name in both languages and its page's slug. The mapping ships as
 * {@code sections.tsv} next to this class (chinanews.com's channels); a site adds rows, or replaces one of the same
 * domain and path segment, in a {@code sections.tsv} of its own folder.
 */
public final class SectionMap {

    /** The name of the site's own mapping file, in the site folder. */
    public static final String FILE_NAME = "sections.tsv";

    /** A section in both languages, with the slug of its pages. */
    public record Entry(String slug, String zh, String en) {
    }

    private static final int COLUMNS = 5;

    /** By {@code domain/segment}, lower case. */
    private final Map<String, Entry> byChannel;
    /** By slug and by either name, in {@link Glossary#normalize} form. */
    private final Map<String, Entry> byName;

    /** Each slug once, in the order of the rows: the order of the site's navigation. */
    private final List<String> order;

    private SectionMap(Map<String, Entry> byChannel) {
        // In the rows' order, which a site's rows extend.
        this.byChannel = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byChannel));
        this.order = byChannel.values().stream().map(Entry::slug).distinct().toList();
        Map<String, Entry> names = new HashMap<>();
        // Sorted, so that two rows naming one section the same way resolve the same way on every run.
        byChannel.keySet().stream().sorted().map(byChannel::get).forEach(e -> {
            names.putIfAbsent(Glossary.normalize(e.slug()), e);
            names.putIfAbsent(Glossary.normalize(e.zh()), e);
            names.putIfAbsent(Glossary.normalize(e.en()), e);
        });
        this.byName = Map.copyOf(names);
    }

    /** No mapping: every article is in the section its front matter names, or none. */
    public static SectionMap empty() {
        return new SectionMap(Map.of());
    }

    /** The shipped mapping alone. */
    public static SectionMap builtIn() {
        Map<String, Entry> rows = new LinkedHashMap<>();
        try (InputStream in = SectionMap.class.getResourceAsStream(FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException(FILE_NAME + " is missing from the generator's classes");
            }
            List<Problem> problems = new ArrayList<>();
            parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), FILE_NAME, rows, problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(problems.get(0).toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SectionMap(rows);
    }

    /**
     * The shipped mapping with the rows of the site's {@code sections.tsv} (when there is one) added over it; a
     * malformed line is a warning naming the file and line, and is left out.
     */
    public static SectionMap read(Path siteDir, List<Problem> problems) throws IOException {
        Path file = siteDir.resolve(FILE_NAME);
        SectionMap builtIn = builtIn();
        if (!Files.isRegularFile(file)) {
            return builtIn;
        }
        Map<String, Entry> rows = new LinkedHashMap<>(builtIn.byChannel);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(Problem.error("sections.read", ContentReader.relative(siteDir, file), 0, "cannot read the"
                    + " file: " + (e instanceof java.nio.charset.CharacterCodingException ? "not UTF-8"
                    : FileErrors.readReason(e)) + "; until then only Duet's own sections are used"));
            return builtIn;
        }
        parse(text, ContentReader.relative(siteDir, file), rows, problems);
        return new SectionMap(rows);
    }

    private static void parse(String text, String file, Map<String, Entry> rows, List<Problem> problems) {
        String[] lines = text.split("\r?\n", -1);
        // The line of this file that mapped each channel: a channel mapped twice in one file is told.
        Map<String, Integer> mappedOn = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != COLUMNS || java.util.Arrays.stream(fields).anyMatch(String::isBlank)) {
                problems.add(Problem.warning("sections.line", file, i + 1, "expected " + COLUMNS + " values"
                        + " separated by tabs (domains, path segment, slug, Chinese name, English name), found "
                        + fields.length + (fields.length == COLUMNS ? " with one empty" : "")
                        + "; the line is left out"));
                continue;
            }
            String slug = Slug.clean(fields[2].strip());
            if (slug.isEmpty()) {
                problems.add(Problem.warning("sections.line", file, i + 1, "slug '" + fields[2].strip()
                        + "' is not a URL segment: use letters, digits and '-'; the line is left out"));
                continue;
            }
            if (!slug.equals(fields[2].strip().toLowerCase(Locale.ROOT))) {
                problems.add(Problem.warning("sections.line", file, i + 1, "slug '" + fields[2].strip()
                        + "' is not a URL segment as written; it is used as '" + slug + "'"));
            }
            Entry entry = new Entry(slug, fields[3].strip(), fields[4].strip());
            String segment = fields[1].strip().toLowerCase(Locale.ROOT);
            for (String domain : fields[0].split(",")) {
                String host = bare(domain.strip().toLowerCase(Locale.ROOT));
                if (!host.isEmpty()) {
                    Integer earlier = mappedOn.put(host + "/" + segment, i + 1);
                    if (earlier != null) {
                        problems.add(Problem.warning("sections.line", file, i + 1, "the channel " + host + "/"
                                + segment + " is mapped on line " + earlier + " as well; this line replaces it"));
                    }
                    rows.put(host + "/" + segment, entry);
                }
            }
        }
    }

    /** Where a section comes in the navigation: its first row's place; sections not in the mapping come last. */
    public int rank(String slug) {
        int index = order.indexOf(slug);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** The section a section name, English or Chinese, or a slug names. */
    public Optional<Entry> named(String name) {
        return Optional.ofNullable(byName.get(Glossary.normalize(name)));
    }

    /** The section of a source URL's channel: its host (or a parent domain) and first path segment. */
    public Optional<Entry> ofSource(String url) {
        if (byChannel.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null || uri.getRawPath() == null) {
            return Optional.empty();
        }
        String path = uri.getRawPath().startsWith("/") ? uri.getRawPath().substring(1) : uri.getRawPath();
        int slash = path.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        String segment = path.substring(0, slash).toLowerCase(Locale.ROOT);
        String host = bare(uri.getHost().toLowerCase(Locale.ROOT));
        // sports.people.com.cn is found under people.com.cn too.
        for (String domain = host; domain.contains("."); domain = domain.substring(domain.indexOf('.') + 1)) {
            Entry entry = byChannel.get(domain + "/" + segment);
            if (entry != null) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    private static String bare(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
