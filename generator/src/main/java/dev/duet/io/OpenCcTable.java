package dev.duet.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One of OpenCC's character tables ({@code TSCharacters.txt}, {@code STCharacters.txt}: Apache-2.0, kept unchanged
 * beside these classes with their licence), read from the class path: a line per character, a tab, then its forms
 * in the other script separated by spaces, the usual one first.
 */
final class OpenCcTable {

    private OpenCcTable() {
    }

    /**
     * Code point → its first form, in code point order, for the single characters whose first form is another
     * single character. Lines starting with {@code #} and lines without a tab are skipped.
     */
    static SortedMap<Integer, Integer> firstForms(String resource) {
        SortedMap<Integer, Integer> table = new TreeMap<>();
        try (InputStream in = OpenCcTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                String from = line.substring(0, tab);
                String to = line.substring(tab + 1).split(" ")[0];
                if (from.codePointCount(0, from.length()) == 1 && to.codePointCount(0, to.length()) == 1
                        && !from.equals(to)) {
                    table.put(from.codePointAt(0), to.codePointAt(0));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
