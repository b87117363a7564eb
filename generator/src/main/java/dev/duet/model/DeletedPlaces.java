package dev.duet.model;

import dev.duet.config.SiteConfig;
import dev.duet.content.ContentFile;
import dev.duet.content.ContentReader;
import dev.duet.content.FrontMatter;
import dev.duet.content.Glossary;
import dev.duet.content.LeftDeleted;
import dev.duet.content.NewsTime;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.Problem;
import dev.duet.io.AtomicWriter;
import dev.duet.io.FileErrors;
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

    private static final String HEADER = """
            # The places of deleted stories in their lists and in the search index, noted by the build that first
            # missed their files: newer stories keep their pages. Remove a line to give its place up (the newer
            # stories of its lists then move up one, and the pages that show them change).
            # language\tpublished\tstory\taddress\tsection\ttags\treporters
            """;

    /** How many lines that cannot be read are told one by one; the rest are told in one warning. */
    private static final int TOLD_LINES = 10;

    /** A deleted article's place in one language's lists. */
    public record Place(String lang, WithdrawnPlace place) {
    }

    /** The places, by language and address. */
    private final Map<String, Place> places;
    /** The file's lines as read, each with the place it holds (by language and address), or null. */
    private final List<Line> lines;
    /** The paths of the article files gone whose places {@link #with} added: the file must be written. */
    private final Set<String> noted;
    /** The article files gone that another file continues (the same title and date), by path: no place. */
    private final Map<String, String> renamed;

    /** A line of the file: its bytes, without its line break, and the key of its place, or null for none. */
    private record Line(byte[] bytes, String key) {
    }

    private DeletedPlaces(Map<String, Place> places, List<Line> lines, Set<String> noted, Map<String, String> renamed) {
        this.places = places;
        this.lines = List.copyOf(lines);
        this.noted = Set.copyOf(noted);
        this.renamed = Map.copyOf(renamed);
    }

    /** No place kept. */
    public static DeletedPlaces none() {
        return new DeletedPlaces(new TreeMap<>(), List.of(), Set.of(), Map.of());
    }

    /**
     * The places the site's {@value #FILE_NAME} keeps; a malformed line, or one not in UTF-8, is a warning naming it,
     * and left out (but kept in the file when the build writes it again).
     */
    public static DeletedPlaces read(SiteConfig config, List<Problem> problems) throws IOException {
        Path file = config.siteDir().resolve(FILE_NAME);
        String name = ContentReader.relative(config.siteDir(), file);
        Optional<Problem> linkOut = dev.duet.io.SiteFiles.of(config).findRefusal(config.siteDir(), file);
        if (linkOut.isPresent()) {
            // Read as no file, as a link out of the site is everywhere; the build writes its own in its place.
            problems.add(linkOut.get());
            return none();
        }
        if (!Files.isRegularFile(file)) {
            if (Files.exists(file)) {
                problems.add(Problem.warning("content.deleted-places", name, 0, "not a file: no deleted story keeps"
                        + " its place, and a build that finds a story deleted cannot note it"));
            }
            return none();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(Problem.error("content.deleted-places", name, 0, "cannot read the file: "
                    + FileErrors.readReason(e) + "; no deleted story keeps its place until it can be"
                    + " read"));
            return none();
        }
        Map<String, Place> places = new TreeMap<>();
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> lineOf = new java.util.HashMap<>();
        int unread = 0;
        int start = 0;
        for (int number = 1; start < bytes.length; number++) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            byte[] raw = java.util.Arrays.copyOfRange(bytes, start, end);
            start = end + 1;
            String why;
            String key = null;
            try {
                String line = StrictText.utf8(raw);
                // A byte order mark, as some editors on Windows write one, and a carriage return are no part of it.
                line = (number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line).replaceFirst("\r$", "");
                if (line.isBlank() || line.startsWith("#")) {
                    lines.add(new Line(raw, null));
                    continue;
                }
                PlaceLine.Parsed parsed = PlaceLine.parse(line, config);
                why = parsed.why();
                if (parsed.place().isPresent()) {
                    key = parsed.key();
                    Integer earlier = lineOf.put(key, number);
                    if (earlier != null) {
                        problems.add(Problem.warning("content.deleted-places", name, number, "line " + earlier
                                + " keeps a place at the same address in the same language; this line replaces it"));
                    }
                    places.put(key, parsed.place().get());
                }
            } catch (CharacterCodingException e) {
                why = "not UTF-8";
            }
            lines.add(new Line(raw, key));
            if (!why.isEmpty() && ++unread <= TOLD_LINES) {
                problems.add(Problem.warning("content.deleted-places", name, number, why
                        + "; the line is left out, and the newer stories of its lists move up one"));
            }
        }
        if (unread > TOLD_LINES) {
            // A file that is no list of places (a binary file, another file saved under its name) is one warning
            // more, not one a line.
            problems.add(Problem.warning("content.deleted-places", name, 0, (unread - TOLD_LINES) + " more lines"
                    + " cannot be read either (" + unread + " in all) and are left out; is this the file the build"
                    + " wrote?"));
        }
        return new DeletedPlaces(places, lines, Set.of(), Map.of());
    }

    /**
     * These places and those of the article files {@code gone} (read by the last build, missing now) that were
     * published or withdrawn at the build time: each in the lists its front matter put it on, by the glossary's keys.
     * A place already kept for the same story or at the same address is replaced. A file gone whose story or
     * address a file of {@code groups} (the site's now) has, or whose title and date a file {@code added} since the
     * last build has in its language (the same story, its file renamed or moved), keeps no place. A file gone whose
     * other language stays takes what the story's lists derive from both (its reporters, its section) from the two.
     */
    public DeletedPlaces with(SiteConfig config, Glossary glossary, Collection<ContentFile> gone,
            List<TranslationPairs.Group> groups, Set<String> added) {
        if (gone.isEmpty()) {
            return this;
        }
        Set<String> taken = taken(groups);
        Map<String, String> sameStory = new java.util.HashMap<>();
        Map<String, TranslationPairs.Group> staying = new java.util.HashMap<>();
        for (TranslationPairs.Group group : groups) {
            staying.put(group.key(), group);
            for (ContentFile file : group.files()) {
                if (added.contains(file.path())) {
                    sameStory.putIfAbsent(story(file), file.path());
                }
            }
        }
        Groupings groupings = new Groupings(config, glossary);
        Map<String, Place> all = new TreeMap<>(places);
        Map<String, Place> noted = new TreeMap<>();
        Set<String> addedFiles = new HashSet<>();
        Map<String, String> continued = new TreeMap<>();
        for (TranslationPairs.Group goneStory : TranslationPairs.pair(new ArrayList<>(gone)).groups()) {
            TranslationPairs.Group story = withStaying(goneStory, staying.get(goneStory.key()));
            for (ContentFile file : goneStory.files()) {
                FrontMatter fm = file.frontMatter();
                boolean scheduled = fm.publication().due().filter(at -> at.isAfter(config.buildTime())).isPresent();
                String path = Permalinks.article(file, story);
                if (fm.draft() || scheduled || config.findLanguage(fm.lang()).isEmpty()
                        || taken.contains(fm.lang() + "\t" + story.key()) || taken.contains(fm.lang() + "\t" + path)) {
                    // Never listed, or its story or address is an article's again: no place to keep.
                    continued.put(file.path(), "");
                    continue;
                }
                if (sameStory.containsKey(story(file))) {
                    continued.put(file.path(), sameStory.get(story(file)));
                    continue;
                }
                Place place = new Place(fm.lang(), groupings.withdrawnPlace(story, file, path,
                        Assembler.published(fm)));
                // As the file will read it: a value the file cannot hold exactly would be another place.
                PlaceLine.Parsed reread = PlaceLine.parse(PlaceLine.of(place), config);
                if (reread.place().isPresent()) {
                    noted.put(reread.key(), reread.place().get());
                    addedFiles.add(file.path());
                }
            }
        }
        if (noted.isEmpty()) {
            return continued.isEmpty() ? this : new DeletedPlaces(places, lines, Set.of(), continued);
        }
        // A place noted again replaces its line, and so does the same story's place in its language at another
        // address (a story deleted, put back with another date, deleted again): a story has one place.
        Set<String> addedStories = new HashSet<>();
        noted.values().forEach(p -> addedStories.add(p.lang() + "\t" + p.place().key()));
        all.values().removeIf(p -> addedStories.contains(p.lang() + "\t" + p.place().key()));
        all.putAll(noted);
        List<Line> written = new ArrayList<>();
        for (Line line : lines) {
            if (line.key() == null || all.containsKey(line.key()) && !noted.containsKey(line.key())) {
                written.add(line);
            }
        }
        while (!written.isEmpty() && written.get(written.size() - 1).bytes().length == 0) {
            written.remove(written.size() - 1);
        }
        if (written.isEmpty()) {
            HEADER.lines().forEach(header -> written.add(new Line(header.getBytes(StandardCharsets.UTF_8), null)));
        }
        noted.forEach((key, place) -> written.add(new Line(PlaceLine.of(place)
                .getBytes(StandardCharsets.UTF_8), key)));
        return new DeletedPlaces(all, written, addedFiles, continued);
    }

    /** The files of a story gone with those of its that stay, paired as the build pairs them; or as it was. */
    private static TranslationPairs.Group withStaying(TranslationPairs.Group gone, TranslationPairs.Group staying) {
        if (staying == null) {
            return gone;
        }
        List<ContentFile> files = new ArrayList<>(staying.files());
        files.addAll(gone.files());
        return TranslationPairs.pair(files).groups().stream().filter(g -> g.files().containsAll(gone.files()))
                .findFirst().orElse(gone);
    }

    /** What tells a story's file in one language from another story's: its language, title and date. */
    private static String story(ContentFile file) {
        FrontMatter fm = file.frontMatter();
        return fm.lang() + "\t" + fm.title() + "\t" + fm.date().map(Object::toString).orElse("");
    }

    /** The stories (language and key) and addresses (language and address) the files of {@code groups} have. */
    private static Set<String> taken(List<TranslationPairs.Group> groups) {
        Set<String> taken = new HashSet<>();
        for (TranslationPairs.Group group : groups) {
            for (ContentFile file : group.files()) {
                FrontMatter fm = file.frontMatter();
                taken.add(fm.lang() + "\t" + group.key());
                taken.add(fm.lang() + "\t" + Permalinks.article(file, group));
            }
        }
        return taken;
    }

    /**
     * The article files gone that {@link #with} found need no place, by path: with the file that continues each
     * (the same title and date: renamed or moved), or with nothing (never listed, or its story or address is an
     * article's again).
     */
    public Map<String, String> renamed() {
        return renamed;
    }

    /** Whether {@link #with} added a place: the file must be written. */
    public boolean changed() {
        return !noted.isEmpty();
    }

    /** The paths of the article files gone whose places {@link #with} added. */
    public Set<String> noted() {
        return noted;
    }

    /**
     * The addresses of the deleted stories' pages ({@code zh/2024/05/slug/}) that no file of {@code groups} takes
     * back.
     */
    public Set<String> addresses(List<TranslationPairs.Group> groups) {
        Set<String> addresses = new HashSet<>();
        keptBeside(groups).forEach(place -> addresses.add(place.place().path()));
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
        Set<String> taken = taken(groups);
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

    /**
     * The articles deleted, by story key, then by language, each with its line and date: import does not write them
     * again while their files are gone.
     */
    public Map<String, Map<String, LeftDeleted>> stories() {
        Map<String, Map<String, LeftDeleted>> stories = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Place place = lines.get(i).key() == null ? null : places.get(lines.get(i).key());
            if (place != null) {
                stories.computeIfAbsent(place.place().key(), key -> new TreeMap<>()).put(place.lang(), new LeftDeleted(
                        FILE_NAME + ":" + (i + 1), place.place().published().map(NewsTime::date)));
            }
        }
        return stories;
    }

    /** The file's bytes: its lines as read, those of places noted again left out, then the places noted. */
    public byte[] bytes() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Line line : lines) {
            out.writeBytes(line.bytes());
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** Writes the file, in the site folder, whole or not at all. */
    public void write(SiteConfig config) throws IOException {
        new AtomicWriter().edit(config.siteDir().resolve(FILE_NAME), bytes(), config.siteDir());
    }
}
