package dev.duet.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the value of a source line as a link to the original article: its first {@code http} or {@code https}
 * address with a host, and the site's name when the line gives one before or after the addresses ({@code 中国新闻网
 * https://…}, {@code https://… (CNA)}, {@code 【中央社】https://…}). Only such addresses are accepted: anything else
 * ({@code javascript:}, {@code file:}, a bare word) would become a dangerous or dead link on the page.
 */
final class SourceUrlReader {

    /**
     * What {@link #read} found: the link, and the path for reading a date from.
     *
     * @param spaced whether the address was written with a space in its file name, which the link encodes
     */
    record SourceUrl(SourceLink link, String path, boolean spaced) {
    }

    private static final Pattern HTTP_URL = Pattern.compile(
            "(?i)https?://([\\p{L}\\p{N}.-]{1,253})(?::\\d{1,5})?([/?#][^\\s]*)?");
    /** Where an address starts in a line: its scheme, after a space, a bracket or the start. */
    private static final Pattern URL_START = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])https?://");
    /** Brackets and separators around a name or an address. */
    private static final String AROUND = "()（）[]【】<>《》「」『』\"'“”‘’,，;；:：|/、-—–·. ";
    /**
     * The rest of an address written with a space in it ({@code …/c_1129890 125.htm}): a word that ends as a web
     * page's file name does, after an address that does not.
     */
    private static final Pattern FILE_NAME_END = Pattern.compile("[\\w.%~-]*\\.(?i:s?html?|php|aspx?|jsp|cms)");
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(?i:s?html?|php|aspx?|jsp|cms)");
    /** A site's name is short, and is no sentence. */
    private static final int NAME_CHARS = 40;

    private final Outlets outlets = new Outlets();

    Optional<SourceUrl> read(String value) {
        List<String> found = urls(value);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String url = found.get(0);
        boolean spaced = false;
        int after = value.indexOf(url) + url.length();
        String next = firstToken(value.substring(after));
        if (!FILE_NAME.matcher(url).matches() && !next.isEmpty() && after < value.length()
                && Character.isWhitespace(value.charAt(after)) && FILE_NAME_END.matcher(next).matches()) {
            value = value.substring(0, after) + value.substring(after).replaceFirst("^\\s+" + Pattern.quote(next), "");
            url = url + "%20" + next;
            spaced = true;
        }
        Matcher m = HTTP_URL.matcher(url);
        if (!m.matches()) {
            return Optional.empty();
        }
        String host = m.group(1);
        if (host.startsWith(".") || host.startsWith("-") || !host.contains(".") && !host.equalsIgnoreCase("localhost")) {
            return Optional.empty();
        }
        String rest = m.group(2) == null ? "" : m.group(2);
        int query = rest.indexOf('?');
        int fragment = rest.indexOf('#');
        int end = query < 0 ? fragment : fragment < 0 ? query : Math.min(query, fragment);
        String path = end < 0 ? rest : rest.substring(0, end);
        Optional<Outlets.Outlet> outlet = outlets.find(host);
        Optional<String> nameZh = outlet.map(Outlets.Outlet::nameZh);
        Optional<String> nameEn = outlet.map(Outlets.Outlet::nameEn);
        Optional<String> named = name(value, found);
        if (named.isPresent()) {
            // The line's own name wins in its script; the other language keeps the outlet's name.
            if (named.get().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                nameZh = named;
            } else {
                nameEn = named;
            }
        }
        return Optional.of(new SourceUrl(new SourceLink(url, nameZh, nameEn), path, spaced));
    }

    /** Whether a value is a site's name with one or more addresses, and no sentence. */
    static boolean isNamedSource(String value) {
        List<String> urls = urls(value);
        return !urls.isEmpty() && name(value, urls).isPresent();
    }

    /** The http(s) addresses of a value in order, each without the brackets or punctuation around it. */
    static List<String> urls(String value) {
        List<String> urls = new ArrayList<>();
        Matcher start = URL_START.matcher(value);
        while (start.find()) {
            int end = start.start();
            // A character no URL holds unencoded (a quote, an angle bracket) ends it: what follows is no address.
            while (end < value.length() && !Character.isWhitespace(value.charAt(end))
                    && "（）【】《》「」，；、\"<>`{}|\\^".indexOf(value.charAt(end)) < 0) {
                end++;
            }
            String url = trimEnd(value.substring(start.start(), end));
            urls.add(url);
        }
        return urls;
    }

    /** The text of a value besides its addresses ({@code urls}), when it is a short name: no sentence. */
    private static Optional<String> name(String value, List<String> urls) {
        String rest = value;
        for (String url : urls) {
            rest = rest.replace(url, " ");
        }
        String name = strip(rest.replaceAll("\\s+", " "));
        // No sentence, and no scheme (javascript:…): what is left of a hostile line is no site's name.
        if (name.isEmpty() || name.length() > NAME_CHARS || name.matches(".*[。！？!?<>{}].*|.*\\.\\s.*")
                || name.matches("(?s).*\\b\\p{Alpha}[\\p{Alnum}+.-]*:\\S.*")) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private static String trimEnd(String url) {
        int end = url.length();
        while (end > 0 && ").,;:!?'\"]>".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }

    private static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && AROUND.indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && AROUND.indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return text.substring(from, to);
    }

    static String firstToken(String value) {
        String v = value.strip();
        for (int i = 0; i < v.length(); i++) {
            if (Character.isWhitespace(v.charAt(i))) {
                return v.substring(0, i);
            }
        }
        return v;
    }
}
