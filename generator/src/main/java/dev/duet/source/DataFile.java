package dev.duet.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of names that import reads, shipped as a text file next to this class so that it is easy to extend: a
 * row per line, its columns separated by tabs, blank lines and lines starting with {@code #} ignored.
 */
final class DataFile {

    private DataFile() {
    }

    /** The rows of the file {@code name}, each with exactly {@code columns} values, stripped. */
    static List<List<String>> rows(String name, int columns) {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = DataFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the generator's classes");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != columns) {
                    throw new IllegalStateException(name + ":" + number + ": expected " + columns
                            + " values separated by tabs, found " + fields.length);
                }
                List<String> row = new ArrayList<>(columns);
                for (String field : fields) {
                    row.add(field.strip());
                }
                rows.add(List.copyOf(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }

    /** The first value of each row of a one-column file. */
    static List<String> names(String name) {
        return rows(name, 1).stream().map(row -> row.get(0)).toList();
    }
}
