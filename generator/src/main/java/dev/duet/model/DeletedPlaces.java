package dev.duet.model;

import dev.duet.config.SiteConfig;
import dev.duet.content.ContentFile;
import dev.duet.content.ContentReader;
import dev.duet.content.FrontMatter;
import dev.duet.content.Glossary;
import dev.duet.content.NewsTime;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.Problem;
import dev.duet.io.AtomicWriter;
import dev.duet.io.StrictText;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The places deleted stories keep in their lists and in the search index, one line each in the site's
 * {@value #FILE_NAME}. A story whose files are deleted would take its place with it: every newer story of its lists
 * would move up one, and every numbered page and search file after it would change. The build that first misses
 * the files notes each one's place here instead, so that the lists keep a gap where it was, as they do for a
 * withdrawn story ({@link WithdrawnPlace}), and a clean build of the same folder gives the same pages. Removing a
 * line gives the place up. A line whose story or address an article file has again is left aside.
 *
 * <p>A line holds, separated by tabs: the language, the moment published (ISO, empty when undated), the story's
 * key, its page's address, its section's key, its tags' keys and its reporters' keys (each list separated by
 * {@code |}). A backslash escapes a tab ({@code \t}), a line break ({@code \n}, {@code \r}), a {@code |} and
 * itself.
 */
public final class DeletedPlaces {

    /** The file's name, in the site folder beside {@code sections.tsv}. */
    public static final String FILE_NAME = "deleted.tsv";

    private static final int COLUMNS = 7;

    private static final String HEADER = """
            # The places of deleted stories in their lists and in the search index, noted by the build that first
            # missed their files: newer stories keep their pages. Remove a line to give its place up (the newer
            # stories of its lists then move up one, and the pages that show them change).
            # language\tpublished\tstory\taddress\tsection\ttags\treporters
            """;

    /** A deleted article's place in one language's lists. */
    public record Place(String lang, WithdrawnPlace place) {
    }

    /** The places, by language and address. */
    private final Map<String, Place> places;
    /** The paths of the article files gone whose places {@link #with} added: the file must be written. */
    private final Set<String> noted;

    private DeletedPlaces(Map<String, Place> places, Set<String> noted) {
        this.places = places;
        this.noted = Set.copyOf(noted);
    }

    /** No place kept. */
    public static DeletedPlaces none() {
        return new DeletedPlaces(new TreeMap<>(), Set.of());
    }

    /** The places the site's {@value #FILE_NAME} keeps; a malformed line is a warning naming it, and left out. */
    public static DeletedPlaces read(SiteConfig config, List<Problem> problems) throws IOException {
        Path file = config.siteDir().resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        String name = ContentReader.relative(config.siteDir(), file);
        String text;
        try {
            text = StrictText.utf8(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            problems.add(Problem.warning("content.deleted-places", name, 0,
                    "not UTF-8: no deleted story keeps its place"));
            return none();
        }
        Map<String, Place> places = new TreeMap<>();
        // A byte order mark, as some editors on Windows write one, is no part of the first line.
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank() || lines[i].startsWith("#")) {
                continue;
            }
            String why = parse(lines[i], config, places);
            if (!why.isEmpty()) {
                problems.add(Problem.warning("content.deleted-places", name, i + 1, why
                        + "; the line is left out, and the newer stories of its lists move up one"));
            }
        }
        return new DeletedPlaces(places, Set.of());
    }

    /** Parses one line into {@code places}: an empty answer, else what is wrong with it. */
    private static String parse(String line, SiteConfig config, Map<String, Place> places) {
        List<String> fields = new ArrayList<>(split(line, '\t'));
        // The last three may be empty, and an editor may have taken the tabs that end a line.
        if (fields.size() < COLUMNS - 3 || fields.size() > COLUMNS) {
            return "expected " + COLUMNS + " values separated by tabs (language, published, story, address,"
                    + " section, tags, reporters), found " + fields.size();
        }
        while (fields.size() < COLUMNS) {
            fields.add("");
        }
        String lang = unescape(fields.get(0));
        if (config.findLanguage(lang).isEmpty()) {
            return "language '" + lang + "' is not one of the site's";
        }
        Optional<NewsTime> published = Optional.empty();
        if (!fields.get(1).isEmpty()) {
            published = NewsTime.parse(fields.get(1));
            if (published.isEmpty()) {
                return "'" + fields.get(1) + "' is not a date or a date and time";
            }
        }
        String key = unescape(fields.get(2));
        String path = unescape(fields.get(3));
        if (key.isEmpty() || path.isEmpty()) {
            return "no story key or no address";
        }
        String section = unescape(fields.get(4));
        WithdrawnPlace place = new WithdrawnPlace(published, key, path, keys(fields.get(5)),
                section.isEmpty() ? Optional.empty() : Optional.of(section), keys(fields.get(6)));
        places.put(lang + "\t" + path, new Place(lang, place));
        return "";
    }

    /**
     * These places and those of the article files {@code gone} (read by the last build, missing now) that were
     * published or withdrawn at the build time: each in the lists its front matter put it on, by the glossary's keys.
     * A place already kept at the same address is replaced.
     */
    public DeletedPlaces with(SiteConfig config, Glossary glossary, Collection<ContentFile> gone) {
        if (gone.isEmpty()) {
            return this;
        }
        Groupings groupings = new Groupings(config, glossary);
        Map<String, Place> all = new TreeMap<>(places);
        Set<String> added = new HashSet<>();
        for (TranslationPairs.Group story : TranslationPairs.pair(new ArrayList<>(gone)).groups()) {
            for (ContentFile file : story.files()) {
                FrontMatter fm = file.frontMatter();
                boolean scheduled = fm.publication().published()
                        .filter(at -> at.instant().isAfter(config.buildTime())).isPresent();
                if (fm.draft() || scheduled || config.findLanguage(fm.lang()).isEmpty()) {
                    continue;
                }
                String path = Permalinks.article(fm.lang(), fm.date(), Assembler.slugOf(file, story));
                Place place = new Place(fm.lang(), groupings.withdrawnPlace(story, file, path,
                        Assembler.published(fm)));
                // As the file will read it: a value the file cannot hold exactly would be another place.
                Map<String, Place> reread = new TreeMap<>();
                parse(line(place).replace("\n", ""), config, reread);
                all.putAll(reread);
                if (!reread.isEmpty()) {
                    added.add(file.path());
                }
            }
        }
        return added.isEmpty() ? this : new DeletedPlaces(all, added);
    }

    /** Whether {@link #with} added a place: the file must be written. */
    public boolean changed() {
        return !noted.isEmpty();
    }

    /** The paths of the article files gone whose places {@link #with} added. */
    public Set<String> noted() {
        return noted;
    }

    /** The addresses of the deleted stories' pages ({@code zh/2024/05/slug/}). */
    public Set<String> addresses() {
        Set<String> addresses = new HashSet<>();
        places.values().forEach(place -> addresses.add(place.place().path()));
        return addresses;
    }

    /**
     * The places no article file takes back: a story of the same key in that language, or a page at the same
     * address, is the article's again.
     */
    public List<Place> keptBeside(List<TranslationPairs.Group> groups) {
        if (places.isEmpty()) {
            return List.of();
        }
        Set<String> taken = new HashSet<>();
        for (TranslationPairs.Group group : groups) {
            for (ContentFile file : group.files()) {
                FrontMatter fm = file.frontMatter();
                taken.add(fm.lang() + "\t" + group.key());
                taken.add(fm.lang() + "\t" + Permalinks.article(fm.lang(), fm.date(), Assembler.slugOf(file, group)));
            }
        }
        List<Place> kept = new ArrayList<>();
        for (Place p : places.values()) {
            if (!taken.contains(p.lang() + "\t" + p.place().key()) && !taken.contains(p.lang() + "\t"
                    + p.place().path())) {
                kept.add(p);
            }
        }
        kept.sort(Comparator.comparing(Place::lang).thenComparing(Place::place, WithdrawnPlace.ORDER));
        return kept;
    }

    /** The file's text: its header, then a line per place, by language and address. */
    public String text() {
        StringBuilder text = new StringBuilder(HEADER);
        places.values().forEach(place -> text.append(line(place)));
        return text.toString();
    }

    /** Writes the file, in the site folder, whole or not at all. */
    public void write(SiteConfig config) throws IOException {
        new AtomicWriter().write(config.siteDir().resolve(FILE_NAME), text().getBytes(StandardCharsets.UTF_8));
    }

    private static String line(Place p) {
        WithdrawnPlace place = p.place();
        return String.join("\t", escape(p.lang()), place.published().map(NewsTime::iso).orElse(""),
                escape(place.key()), escape(place.path()), escape(place.section().orElse("")),
                joined(place.tags()), joined(place.reporters())) + "\n";
    }

    private static String joined(List<String> keys) {
        return String.join("|", keys.stream().map(DeletedPlaces::escape).toList());
    }

    private static List<String> keys(String field) {
        List<String> keys = new ArrayList<>();
        for (String key : split(field, '|')) {
            if (!key.isEmpty()) {
                keys.add(unescape(key));
            }
        }
        return keys;
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '|' -> out.append("\\|");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The fields of {@code text} between unescaped {@code separator}s, still escaped. */
    private static List<String> split(String text, char separator) {
        List<String> fields = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == separator) {
                fields.add(text.substring(from, i));
                from = i + 1;
            }
        }
        fields.add(text.substring(from));
        return fields;
    }
}
