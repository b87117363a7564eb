package dev.duet.model;

import dev.duet.config.SiteConfig;
import dev.duet.content.NewsTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of {@value DeletedPlaces#FILE_NAME}: the values of a deleted story's place, separated by tabs (see
 * {@link DeletedPlaces}), and what is wrong with a line that holds none.
 */
final class PlaceLine {

    private static final int COLUMNS = 7;

    private PlaceLine() {
    }

    /** A line read: its place, or what is wrong with it. */
    record Parsed(Optional<DeletedPlaces.Place> place, String why) {

        static Parsed wrong(String why) {
            return new Parsed(Optional.empty(), why);
        }

        /** The key of a place among the file's places: its language and address. */
        String key() {
            return place.get().lang() + "\t" + place.get().place().path();
        }
    }

    /** Parses one line. */
    static Parsed parse(String line, SiteConfig config) {
        List<String> fields = new ArrayList<>(TabFields.split(line, '\t'));
        // The last three may be empty, and an editor may have taken the tabs that end a line.
        if (fields.size() < COLUMNS - 3 || fields.size() > COLUMNS) {
            return Parsed.wrong("expected " + COLUMNS + " values separated by tabs (language, published, story,"
                    + " address, section, tags, reporters), found " + fields.size());
        }
        while (fields.size() < COLUMNS) {
            fields.add("");
        }
        String lang = TabFields.unescape(fields.get(0));
        if (config.findLanguage(lang).isEmpty()) {
            return Parsed.wrong("language '" + lang + "' is not one of the site's");
        }
        Optional<NewsTime> published = Optional.empty();
        if (!fields.get(1).isEmpty()) {
            published = NewsTime.parse(fields.get(1));
            if (published.isEmpty()) {
                return Parsed.wrong("'" + fields.get(1) + "' is not a date or a date and time");
            }
        }
        String key = TabFields.unescape(fields.get(2));
        String path = TabFields.unescape(fields.get(3));
        if (key.isEmpty() || path.isEmpty()) {
            return Parsed.wrong("no story key or no address");
        }
        if (!isArticlePage(lang, published, path)) {
            return Parsed.wrong("'" + path + "' is not the address of an article page of its language and date ("
                    + Permalinks.article(lang, published.map(NewsTime::date), "slug") + ")");
        }
        String section = TabFields.unescape(fields.get(4));
        WithdrawnPlace place = new WithdrawnPlace(published, key, path, keys(fields.get(5)),
                section.isEmpty() ? Optional.empty() : Optional.of(section), keys(fields.get(6)));
        return new Parsed(Optional.of(new DeletedPlaces.Place(lang, place)), "");
    }

    /** Whether {@code path} is the address the build gives an article of this language and date. */
    private static boolean isArticlePage(String lang, Optional<NewsTime> published, String path) {
        String some = Permalinks.article(lang, published.map(NewsTime::date), "x");
        String prefix = some.substring(0, some.length() - "x/".length());
        if (!path.startsWith(prefix) || !path.endsWith("/") || path.length() < prefix.length() + 2) {
            return false;
        }
        String slug = path.substring(prefix.length(), path.length() - 1);
        return dev.duet.content.Slug.clean(slug).equals(slug);
    }

    /** A place as its line holds it, without a line break. */
    static String of(DeletedPlaces.Place p) {
        WithdrawnPlace place = p.place();
        return String.join("\t", TabFields.escape(p.lang()), place.published().map(NewsTime::iso).orElse(""),
                TabFields.escape(place.key()), TabFields.escape(place.path()),
                TabFields.escape(place.section().orElse("")), joined(place.tags()), joined(place.reporters()));
    }

    private static String joined(List<String> keys) {
        return String.join("|", keys.stream().map(TabFields::escape).toList());
    }

    private static List<String> keys(String field) {
        List<String> keys = new ArrayList<>();
        for (String key : TabFields.split(field, '|')) {
            if (!key.isEmpty()) {
                keys.add(TabFields.unescape(key));
            }
        }
        return keys;
    }
}
