package dev.duet;

import dev.duet.diagnostic.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The article pages the last build published and this one removed: an address readers and search engines know
 * that now answers 404. Each is a warning saying how to keep it (an alias, or {@code unpublished: true}); the file
 * that removed it cannot be named, since it may no longer exist.
 */
final class MovedPages {

    /** An article's page: {@code zh/2024/05/slug/index.html} or {@code en/undated/slug/index.html}. */
    private static final Pattern ARTICLE = Pattern.compile("[a-z]{2}/(\\d{4}/\\d{2}|undated)/[^/]+/index\\.html");

    private MovedPages() {
    }

    /** A warning for each article page among the files a build removed. */
    static List<Problem> of(List<String> deleted) {
        List<Problem> problems = new ArrayList<>();
        for (String path : deleted) {
            if (ARTICLE.matcher(path).matches()) {
                String address = "/" + path.substring(0, path.length() - "index.html".length());
                problems.add(Problem.warning("build.page-gone", "", 0, "the last build published " + address
                        + " and this one does not: if its article moved (a new date or slug), add \"" + address
                        + "\" to its aliases; if it was withdrawn, keep the file with 'unpublished: true'"));
            }
        }
        return problems;
    }
}
