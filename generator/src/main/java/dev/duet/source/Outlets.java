package dev.duet.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        List<Outlet> outlets = new ArrayList<>();
        try (InputStream in = Outlets.class.getResourceAsStream("outlets.tsv")) {
            if (in == null) {
                throw new IllegalStateException("outlets.tsv is missing from the generator's classes");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new IllegalStateException("outlets.tsv:" + number + ": expected domain, Chinese name and"
                            + " English name separated by tabs");
                }
                outlets.add(new Outlet(fields[0].strip().toLowerCase(Locale.ROOT), fields[1].strip(),
                        fields[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(outlets);
    }
}
