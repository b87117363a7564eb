package dev.duet.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the value of a source line as a link to the original article. Only {@code http} and {@code https}
 * addresses with a host are accepted: anything else ({@code javascript:}, {@code file:}, a bare word) would become a
 * dangerous or dead link on the page.
 */
final class SourceUrlReader {

    /** What {@link #read} found: the link, and the path for reading a date from. */
    record SourceUrl(SourceLink link, String path) {
    }

    private static final Pattern HTTP_URL = Pattern.compile(
            "(?i)https?://([\\p{L}\\p{N}.-]{1,253})(?::\\d{1,5})?([/?#][^\\s]*)?");

    private final Outlets outlets = new Outlets();

    Optional<SourceUrl> read(String value) {
        String url = firstToken(value);
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
        SourceLink link = new SourceLink(url, outlet.map(Outlets.Outlet::nameZh), outlet.map(Outlets.Outlet::nameEn));
        return Optional.of(new SourceUrl(link, path));
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
