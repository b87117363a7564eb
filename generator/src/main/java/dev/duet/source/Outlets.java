package dev.duet.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The news outlets Duet knows by their web address, with their names in both languages, read from the data file
 * {@code outlets.tsv} next to this class (a line per domain: domain, Chinese name, English name, tab-separated). A
 * host matches its domain and every subdomain ({@code finance.people.com.cn} is 人民网).
 */
final class Outlets {

    record Outlet(String domain, String nameZh, String nameEn) {
    }

    /** Read once: the file is part of Duet, and the list never changes. */
    private static final List<Outlet> KNOWN = read();

    Optional<Outlet> find(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        for (Outlet outlet : KNOWN) {
            if (h.equals(outlet.domain()) || h.endsWith("." + outlet.domain())) {
                return Optional.of(outlet);
            }
        }
        return Optional.empty();
    }

    private static List<Outlet> read() {
        return DataFile.rows("outlets.tsv", 3).stream()
                .map(row -> new Outlet(row.get(0).toLowerCase(Locale.ROOT), row.get(1), row.get(2)))
                .toList();
    }
}
