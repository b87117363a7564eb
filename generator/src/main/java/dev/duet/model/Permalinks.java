package dev.duet.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where each kind of page lives, as site-relative paths (no leading slash, a trailing slash for pages), and how a
 * path becomes a link: percent-encoded UTF-8 per segment, under the site's base path.
 */
public final class Permalinks {

    private final String basePath;

    public Permalinks(String basePath) {
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
    }

    public static String article(String lang, Optional<LocalDate> date, String slug) {
        if (date.isEmpty()) {
            return lang + "/undated/" + slug + "/";
        }
        LocalDate d = date.get();
        return lang + "/" + pad(d.getYear(), 4) + "/" + pad(d.getMonthValue(), 2) + "/" + slug + "/";
    }

    /**
     * The article file whose page each address is, drafts and scheduled ones included: the address each file asks
     * for (two files asking for one address give the first its name, as the build does).
     */
    public static Map<String, String> articleFiles(List<dev.duet.content.TranslationPairs.Group> groups) {
        Map<String, String> files = new HashMap<>();
        for (dev.duet.content.TranslationPairs.Group group : groups) {
            for (dev.duet.content.ContentFile file : group.files()) {
                files.putIfAbsent(article(file, group), file.path());
            }
        }
        return files;
    }

    /** The address a story's article file asks for, before a collision with another's gives it a suffix. */
    static String article(dev.duet.content.ContentFile file, dev.duet.content.TranslationPairs.Group story) {
        return article(file.frontMatter().lang(), file.frontMatter().date(), Assembler.slugOf(file, story));
    }

    /** A non-negative number with leading zeros to {@code width} digits, as {@code %0Nd} gives. */
    private static String pad(int n, int width) {
        String digits = Integer.toString(n);
        return digits.length() >= width || n < 0 ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** The parallel (side by side) view of an article and its translation, under the article's path. */
    public static String parallel(String articlePath) {
        return articlePath + "parallel/";
    }

    public static String home(String lang) {
        return lang + "/";
    }

    /** Page {@code n} (1-based) of a paginated list whose first page is {@code first}. */
    /**
     * Page {@code n} of a list whose front page is at {@code first}: the front page for 0, else the numbered page,
     * counted from the oldest (see {@code SitePlan}).
     */
    public static String page(String first, int n) {
        return n <= 0 ? first : first + "page/" + n + "/";
    }

    public static String tags(String lang) {
        return lang + "/tags/";
    }

    /** A page of a language's tag index split by initial: {@code en/tag-index/a/}. */
    public static String tagIndex(String lang, String initial) {
        return lang + "/tag-index/" + initial + "/";
    }

    public static String tag(String lang, String slug) {
        return lang + "/tags/" + slug + "/";
    }

    /** A section's page: {@code zh/gn/}. Section slugs never take a name the site uses for its other pages. */
    public static String section(String lang, String slug) {
        return lang + "/" + slug + "/";
    }

    /** A language's index of its sections, for a site of more than its navigation shows: {@code en/sections/}. */
    public static String sections(String lang) {
        return lang + "/sections/";
    }

    public static String reporters(String lang) {
        return lang + "/reporters/";
    }

    /** A page of a language's reporters index split by initial: {@code en/reporter-index/s/}. */
    public static String reporterIndex(String lang, String initial) {
        return lang + "/reporter-index/" + initial + "/";
    }

    public static String reporter(String lang, String slug) {
        return lang + "/reporters/" + slug + "/";
    }

    public static String archive(String lang) {
        return lang + "/archive/";
    }

    public static String year(String lang, int year) {
        return String.format(Locale.ROOT, "%s/%04d/", lang, year);
    }

    public static String month(String lang, int year, int month) {
        return String.format(Locale.ROOT, "%s/%04d/%02d/", lang, year, month);
    }

    /** The search page of a language. */
    public static String search(String lang) {
        return lang + "/search/";
    }

    /** The folder of every language's search index files. */
    public static final String SEARCH_INDEX = "search/";

    /** The folder of a language's search index files, read by the search page's script. */
    public static String searchIndex(String lang) {
        return SEARCH_INDEX + lang + "/";
    }

    public static String feed(String pagePath) {
        return pagePath + "feed.xml";
    }

    /** The root-relative link to a site path: {@code /repo/zh/tags/%E6%96%B0/}. */
    public String href(String sitePath) {
        return basePath + encode(sitePath);
    }

    /** Letters, digits and {@code - . _ ~ /} only: characters a path never needs to encode. */
    private static boolean isPlain(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /** Percent-encodes a path as UTF-8, segment by segment, keeping {@code /}. */
    public static String encode(String path) {
        if (isPlain(path)) {
            // The common case (ASCII slugs): nothing to encode, and no URI to parse.
            return path;
        }
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }
}
