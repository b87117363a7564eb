package dev.duet.search;

import dev.duet.io.Json;
import dev.duet.model.ArticlePage;
import dev.duet.model.Permalinks;
import dev.duet.model.Tag;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A doc-table entry (title, link, date, tags, translation, snippet source), kept as its JSON in UTF-8: a large
 * site's doc table is held until its files are written, and this takes a fraction of the memory of the maps it is
 * written from.
 */
record Doc(byte[] json) implements Json.Writable {

    /** Enough text to show a two-line snippet. */
    static final int SNIPPET_LENGTH = 200;

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    /** The entry of an article whose body, as plain text, is {@code body}. */
    static Doc of(ArticlePage article, String body, Permalinks links) {
        if (dev.duet.model.WithdrawnPlace.isPlace(article)) {
            return new Doc("{}".getBytes(StandardCharsets.UTF_8)); // a withdrawn article's id: never a result
        }
        Map<String, Object> doc = new TreeMap<>();
        doc.put("title", article.title());
        if (article.languageTag().endsWith("-Hant")) {
            doc.put("lang", article.languageTag()); // the page's own, where the site's language tag is not
        }
        doc.put("url", links.href(article.path()));
        article.date().ifPresent(d -> {
            doc.put("date", d.toString());
            doc.put("dateText", article.lang().equals("zh")
                    ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日" : ENGLISH_DATE.format(d));
        });
        List<Map<String, Object>> tags = new ArrayList<>();
        for (Tag tag : article.tags()) {
            tags.add(Map.of("name", tag.name(), "url", links.href(Permalinks.tag(article.lang(), tag.slug()))));
        }
        doc.put("tags", tags);
        article.translation().ifPresent(t -> doc.put("translation",
                Map.of("lang", t.lang(), "hreflang", t.languageTag(), "title", t.title(), "url", links.href(t.path()))));
        doc.put("text", snippet(body));
        return new Doc(Json.writeSorted(doc).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeJson(StringBuilder out) {
        out.append(new String(json, StandardCharsets.UTF_8));
    }

    /**
     * The start of the body, cut at a code point (and, for spaced text, at a word) boundary, with each run of
     * whitespace made one space. Only as much of the body is looked at as the snippet can show.
     */
    static String snippet(String body) {
        String text = body.strip();
        // Enough characters for SNIPPET_LENGTH + 1 code points, so the cut below sees what the whole text would give.
        int limit = 2 * (SNIPPET_LENGTH + 1);
        StringBuilder out = new StringBuilder(Math.min(text.length(), limit));
        int i = 0;
        while (i < text.length() && out.length() < limit) {
            char c = text.charAt(i);
            if (isRegexSpace(c)) {
                while (i < text.length() && isRegexSpace(text.charAt(i))) {
                    i++;
                }
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        boolean whole = i == text.length();
        if (whole && out.codePointCount(0, out.length()) <= SNIPPET_LENGTH) {
            return out.toString();
        }
        int cut = out.offsetByCodePoints(0, SNIPPET_LENGTH);
        int space = out.lastIndexOf(" ", cut);
        if (space > SNIPPET_LENGTH / 2) {
            cut = space;
        }
        return out.substring(0, cut).strip() + "…";
    }

    /** The characters of the regex class {@code \\s}: ASCII whitespace. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
