package dev.duet.search;

import dev.duet.io.Json;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A shard file made again from its last version, for a segment of which a few documents changed: every posting of
 * a changed document is taken out, and the postings of the documents as they are now are put in. The file is read
 * as {@link LanguageIndex} writes it (terms in ascending order, each list a string of {@link Postings} digits with
 * ids in order); a list with no changed document is copied as it is, so the result has the very bytes a build from
 * every document's analysis would write. A file not in that form gives nothing, and the shard is made the long way.
 */
final class ShardPatch {

    /** The ids of the segment, {@code from} (inclusive) to {@code to}; {@code changed} marks the changed ones. */
    private final int from;
    private final int to;
    private final boolean[] changed;

    /** A patch for the segment of ids {@code from} to {@code to} whose documents {@code changedIds} changed. */
    ShardPatch(int from, int to, int[] changedIds) {
        this.from = from;
        this.to = to;
        this.changed = new boolean[to - from];
        for (int id : changedIds) {
            changed[id - from] = true;
        }
    }

    /**
     * The shard's new text: {@code old} without the changed documents' postings, with {@code added} (the changed
     * documents' postings of this shard, by term) merged in. Empty when {@code old} is not a shard file of this
     * segment as the index writes it.
     */
    Optional<String> apply(String old, SortedMap<String, Postings> added) {
        StringBuilder out = new StringBuilder(old.length() + 64 * added.size() + 16).append('{');
        List<Map.Entry<String, Postings>> adding = List.copyOf(added.entrySet());
        int a = 0;
        int n = old.length();
        if (n < 2 || old.charAt(0) != '{' || old.charAt(n - 1) != '}') {
            return Optional.empty();
        }
        int i = 1;
        String last = "";
        boolean entries = false;
        while (i < n - 1) {
            if (entries) {
                if (old.charAt(i) != ',') {
                    return Optional.empty();
                }
                i++;
            }
            int keyStart = i;
            int keyEnd = stringEnd(old, i);
            if (keyEnd < 0 || keyEnd + 1 >= n || old.charAt(keyEnd + 1) != ':') {
                return Optional.empty();
            }
            Optional<String> parsed = unquote(old, keyStart, keyEnd);
            int valueStart = keyEnd + 2;
            int valueEnd = valueStart < n ? stringEnd(old, valueStart) : -1;
            if (parsed.isEmpty() || valueEnd < 0 || entries && last.compareTo(parsed.get()) >= 0) {
                return Optional.empty();
            }
            String key = parsed.get();
            last = key;
            entries = true;
            for (; a < adding.size() && adding.get(a).getKey().compareTo(key) < 0; a++) {
                entry(out, Json.write(adding.get(a).getKey()), adding.get(a).getValue().pairs());
            }
            int[] pairs = pairs(old, valueStart + 1, valueEnd);
            if (pairs.length == 0) {
                return Optional.empty();
            }
            boolean mine = a < adding.size() && adding.get(a).getKey().equals(key);
            if (!mine && !touched(pairs)) {
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append(old, keyStart, valueEnd + 1);
            } else {
                int[] kept = kept(pairs);
                int[] merged = mine ? merge(kept, adding.get(a++).getValue().pairs()) : kept;
                entry(out, old.substring(keyStart, keyEnd + 1), merged);
            }
            i = valueEnd + 1;
        }
        for (; a < adding.size(); a++) {
            entry(out, Json.write(adding.get(a).getKey()), adding.get(a).getValue().pairs());
        }
        return Optional.of(out.append('}').toString());
    }

    /** Writes a term and its (id, weight) pairs, unless there are none. */
    private static void entry(StringBuilder out, String quotedKey, int[] pairs) {
        if (pairs.length == 0) {
            return;
        }
        if (out.length() > 1) {
            out.append(',');
        }
        Postings postings = new Postings();
        for (int p = 0; p < pairs.length; p += 2) {
            postings.add(pairs[p], pairs[p + 1]);
        }
        out.append(quotedKey).append(':');
        postings.writeJson(out);
    }

    /**
     * The (id, weight) pairs of a written list, ids absolute, from its digits between {@code start} and {@code end};
     * none when they are not ids of this segment in order, or the text is not digits.
     */
    private int[] pairs(String text, int start, int end) {
        int[] pairs = new int[16];
        int count = 0;
        long value = 0;
        int shift = 0;
        boolean weightNext = false;
        long id = -1;
        for (int i = start; i < end; i++) {
            int digit = Postings.digit(text.charAt(i));
            if (digit < 0 || shift > 30) {
                return new int[0];
            }
            value |= (long) (digit & 31) << shift;
            shift += 5;
            if ((digit & 32) != 0) {
                continue;
            }
            if (count + 2 > pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            if (weightNext) {
                pairs[count - 1] = (int) value;
                weightNext = false;
            } else {
                // A delta of 0 after the first is a term listed twice for one document, as a tag given twice is.
                long delta = value >>> 1;
                id = count == 0 ? delta : id + delta;
                if (id < from || id >= to) {
                    return new int[0];
                }
                pairs[count++] = (int) id;
                pairs[count++] = Postings.PLAIN;
                weightNext = (value & 1) != 0;
            }
            value = 0;
            shift = 0;
        }
        return shift == 0 && !weightNext ? Arrays.copyOf(pairs, count) : new int[0];
    }

    private boolean touched(int[] pairs) {
        for (int p = 0; p < pairs.length; p += 2) {
            if (changed[pairs[p] - from]) {
                return true;
            }
        }
        return false;
    }

    /** The (id, weight) pairs of the unchanged documents. */
    private int[] kept(int[] pairs) {
        int[] kept = new int[pairs.length];
        int n = 0;
        for (int p = 0; p < pairs.length; p += 2) {
            if (!changed[pairs[p] - from]) {
                kept[n++] = pairs[p];
                kept[n++] = pairs[p + 1];
            }
        }
        return Arrays.copyOf(kept, n);
    }

    /** Two lists of (id, weight) pairs with no id in common, as one in id order. */
    private static int[] merge(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            if (j >= b.length || i < a.length && a[i] < b[j]) {
                out[n++] = a[i++];
                out[n++] = a[i++];
            } else {
                out[n++] = b[j++];
                out[n++] = b[j++];
            }
        }
        return out;
    }

    /** The index of the closing quote of the JSON string opening at {@code start}, or -1. */
    private static int stringEnd(String text, int start) {
        if (text.charAt(start) != '"') {
            return -1;
        }
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    /** The string a JSON string between quotes at {@code start} and {@code end} stands for, if it is well formed. */
    private static Optional<String> unquote(String text, int start, int end) {
        String inner = text.substring(start + 1, end);
        if (inner.indexOf('\\') < 0) {
            return Optional.of(inner);
        }
        StringBuilder out = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= inner.length()) {
                return Optional.empty();
            }
            switch (inner.charAt(i)) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 5 > inner.length()) {
                        return Optional.empty();
                    }
                    try {
                        out.append((char) Integer.parseInt(inner.substring(i + 1, i + 5), 16));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                    i += 4;
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(out.toString());
    }
}
