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
        // Read as an array: every character of every list is looked at, and most lists are copied as they are.
        char[] text = old.toCharArray();
        int i = 1;
        String last = "";
        boolean entries = false;
        while (i < n - 1) {
            if (entries) {
                if (text[i] != ',') {
                    return Optional.empty();
                }
                i++;
            }
            int keyStart = i;
            int keyEnd = stringEnd(text, i);
            if (keyEnd < 0 || keyEnd + 1 >= n || text[keyEnd + 1] != ':') {
                return Optional.empty();
            }
            Optional<String> parsed = unquote(old, keyStart, keyEnd);
            int valueStart = keyEnd + 2;
            int valueEnd = valueStart < n ? stringEnd(text, valueStart) : -1;
            if (parsed.isEmpty() || valueEnd < 0 || entries && last.compareTo(parsed.get()) >= 0) {
                return Optional.empty();
            }
            String key = parsed.get();
            last = key;
            entries = true;
            for (; a < adding.size() && adding.get(a).getKey().compareTo(key) < 0; a++) {
                entry(out, Json.write(adding.get(a).getKey()), adding.get(a).getValue().pairs());
            }
            long looked = look(text, valueStart + 1, valueEnd);
            if (looked == MALFORMED) {
                return Optional.empty();
            }
            boolean touched = (looked & 1) != 0;
            long lastId = looked >>> 1;
            boolean mine = a < adding.size() && adding.get(a).getKey().equals(key);
            int[] mineAdded = mine ? adding.get(a).getValue().pairs() : null;
            if (!mine && !touched) {
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append(text, keyStart, valueEnd + 1 - keyStart);
            } else if (mine && !touched && mineAdded.length > 0 && mineAdded[0] > lastId) {
                // Documents after the last of the list (a new story's): their postings follow its digits.
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append(text, keyStart, valueEnd - keyStart);
                Postings.appendJson(out, lastId, mineAdded);
                out.append('"');
                a++;
            } else {
                int[] kept = kept(pairs(text, valueStart + 1, valueEnd));
                int[] merged = mine ? merge(kept, mineAdded) : kept;
                if (mine) {
                    a++;
                }
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

    private static final long MALFORMED = -1;

    /**
     * The written list between {@code start} and {@code end}, read as {@link #pairs} reads it but without keeping
     * the pairs: its last id, times two, plus one when it holds a changed document; {@link #MALFORMED} when
     * {@link #pairs} would find none.
     */
    private long look(char[] text, int start, int end) {
        long value = 0;
        int shift = 0;
        boolean weightNext = false;
        boolean any = false;
        boolean touched = false;
        long id = -1;
        for (int i = start; i < end; i++) {
            int digit = Postings.digit(text[i]);
            if (digit < 0 || shift > 30) {
                return MALFORMED;
            }
            value |= (long) (digit & 31) << shift;
            shift += 5;
            if ((digit & 32) != 0) {
                continue;
            }
            if (weightNext) {
                weightNext = false;
            } else {
                long delta = value >>> 1;
                id = any ? id + delta : delta;
                if (id < from || id >= to) {
                    return MALFORMED;
                }
                any = true;
                touched |= changed[(int) id - from];
                weightNext = (value & 1) != 0;
            }
            value = 0;
            shift = 0;
        }
        if (!any || shift != 0 || weightNext) {
            return MALFORMED;
        }
        return id << 1 | (touched ? 1 : 0);
    }

    /**
     * The (id, weight) pairs of a written list, ids absolute, from its digits between {@code start} and {@code end};
     * none when they are not ids of this segment in order, or the text is not digits.
     */
    private int[] pairs(char[] text, int start, int end) {
        int[] pairs = new int[16];
        int count = 0;
        long value = 0;
        int shift = 0;
        boolean weightNext = false;
        long id = -1;
        for (int i = start; i < end; i++) {
            int digit = Postings.digit(text[i]);
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
    private static int stringEnd(char[] text, int start) {
        if (text[start] != '"') {
            return -1;
        }
        for (int i = start + 1; i < text.length; i++) {
            char c = text[i];
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
