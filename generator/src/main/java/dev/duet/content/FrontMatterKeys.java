package dev.duet.content;

import dev.duet.diagnostic.Problems;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The front matter's keys Duet reads, and what it says of a key it does not: a known key written with other capitals
 * ({@code Draft}) is read, with a warning; a key of Hugo or JBake that Duet reads under another name
 * ({@code lastmod}, {@code status: draft}) is named with Duet's; a key one or two letters from a known one
 * ({@code tagz}, {@code titel}) is asked about ({@link ForeignDates} tells the keys that hold a story back). Any other
 * key is the editor's own, kept as written and said nothing of.
 */
final class FrontMatterKeys {

    /** Every top-level key an article file's front matter is read for. */
    static final List<String> KNOWN = List.of("title", "lang", "script", "date", "slug", "tags", "dateline", "agency",
            "reporters", "headline", "source", "views", "duplicateOf", "sourceFile", "translationKey", "draft",
            FrontMatterFormat.DIGEST_KEY, "updated", "correction", "unpublished", "aliases", "section", "image",
            "lead");

    private static final String LEAD = "'lead: true' to lead the front page with the story (the newest story leads"
            + " otherwise)";

    /** Keys other generators read, by lower-case name, with what to write for Duet. */
    private static final Map<String, String> FOREIGN = Map.ofEntries(
            Map.entry("lastmod", "'updated' (the day of the last change)"),
            Map.entry("modified", "'updated' (the day of the last change)"),
            Map.entry("description", "nothing: a page's description is its body's first paragraph"),
            Map.entry("summary", "nothing: a page's summary is its body's first paragraph"),
            Map.entry("categories", "'section'"),
            Map.entry("category", "'section'"),
            Map.entry("author", "'reporters' (a list of names)"),
            Map.entry("authors", "'reporters' (a list of names)"),
            Map.entry("images", "'image' (the lead picture)"),
            Map.entry("keywords", "'tags'"),
            Map.entry("url", "'slug' (and the old address in 'aliases')"),
            Map.entry("status", "'draft: true' for a draft"),
            Map.entry("headless", "nothing: every article file is a story on the site, unless it says 'draft: true'"),
            Map.entry("build", "nothing: every article file is a story on the site, unless it says 'draft: true'"),
            Map.entry("_build", "nothing: every article file is a story on the site, unless it says 'draft: true'"),
            Map.entry("type", "nothing: every article file is a news story; a page of another kind belongs in"
                    + " static/"),
            Map.entry("layout", "nothing: every article is rendered by the theme's article template"),
            Map.entry("weight", LEAD),
            Map.entry("featured", LEAD),
            Map.entry("pinned", LEAD),
            Map.entry("sticky", LEAD));

    private FrontMatterKeys() {
    }

    /**
     * The key of {@code map} each known key is written as, where it is written with other capitals and not as it is;
     * each such key, and each foreign or misspelt one, is a warning at its line.
     */
    static Map<String, String> read(String path, Map<?, ?> map, Fields fields, Problems problems) {
        Map<String, String> written = new HashMap<>();
        for (Object k : map.keySet()) {
            if (!(k instanceof String key) || KNOWN.contains(key) || ForeignDates.tells(key)) {
                continue;
            }
            Optional<String> known = KNOWN.stream().filter(key::equalsIgnoreCase).findFirst();
            String foreign = FOREIGN.get(key.toLowerCase(Locale.ROOT));
            if (known.isPresent() && !map.containsKey(known.get()) && !written.containsKey(known.get())) {
                written.put(known.get(), key);
                problems.warning("content.key", path, fields.line(key), "'" + key + "' is read as '" + known.get()
                        + "': write the key as '" + known.get() + "'");
            } else if (foreign != null) {
                problems.warning("content.key", path, fields.line(key), "'" + key + "' is not a key Duet reads: write "
                        + foreign + (key.equalsIgnoreCase("status") && isForeignDraft(map)
                        ? "; the article is kept out as a draft" : ""));
            } else {
                int allowed = key.length() < 4 ? 0 : key.length() < 7 ? 1 : 2;
                KNOWN.stream().filter(near -> distance(key.toLowerCase(Locale.ROOT), near.toLowerCase(Locale.ROOT))
                        <= allowed).findFirst().ifPresent(near -> problems.warning("content.key", path,
                        fields.line(key), "'" + key + "' is not a key Duet reads: did you mean '" + near + "'? (a key"
                        + " of your own is kept as written, and shown on no page)"));
            }
        }
        return written;
    }

    /** Whether the file says it is a draft in JBake's way, {@code status: draft}. */
    static boolean isForeignDraft(Map<?, ?> map) {
        return map.entrySet().stream().anyMatch(e -> e.getKey() instanceof String key && key.equalsIgnoreCase("status")
                && e.getValue() instanceof String value && value.strip().equalsIgnoreCase("draft"));
    }

    /** The edit distance of two short words: insertions, deletions, substitutions and swaps of neighbours. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
