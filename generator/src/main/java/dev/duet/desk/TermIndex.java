package dev.duet.desk;

import dev.duet.content.Glossary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.BitSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the glossary's terms in a text in one pass, for telling which terms one version of a story has and the other
 * lacks. A Chinese term is found by its characters; an English one as whole words, in any case and number, by its
 * name or by what its entry puts in brackets ({@code Shanghai Cooperation Organization (SCO)} is found as either).
 */
final class TermIndex {

    /** A glossary entry, the English forms that count as it, and the hashes of each form's words ({@link #words}). */
    record Term(Glossary.Entry entry, List<String> englishForms, List<long[]> formWords) {
    }

    private static final Pattern BRACKETS = Pattern.compile("^(.*?)\\s*[(（]([^()（）]+)[)）]\\s*$");

    /** Chinese terms of two characters or more, by their first two packed in an int. */
    private final Map<Integer, List<Term>> chinese = new HashMap<>();
    /** The first characters of the Chinese terms: a text's other characters are passed at once. */
    private final BitSet firstChars = new BitSet(1 << 16);
    /** English forms by the hash of their first word. */
    private final Map<Long, List<Term>> english = new HashMap<>();

    TermIndex(Glossary glossary) {
        for (Glossary.Entry entry : glossary.entries()) {
            List<String> forms = forms(entry.en());
            Term term = new Term(entry, forms, forms.stream().map(TermIndex::words).toList());
            String zh = entry.zh();
            // A one-character name would be found in almost any Chinese text: such an entry is not looked for, in
            // either language, so that it is never reported missing from one side only.
            if (zh.length() < 2 || zh.isBlank()) {
                continue;
            }
            chinese.computeIfAbsent(pair(zh, 0), k -> new ArrayList<>()).add(term);
            firstChars.set(zh.charAt(0));
            for (long[] words : term.formWords()) {
                if (words.length > 0) {
                    english.computeIfAbsent(words[0], k -> new ArrayList<>()).add(term);
                }
            }
        }
    }

    /** The English forms of an entry's name: the whole name, and the name and the bracketed part on their own. */
    private static List<String> forms(String en) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(en);
        var m = BRACKETS.matcher(en);
        if (m.matches()) {
            forms.add(m.group(1));
            forms.add(m.group(2));
        }
        return List.copyOf(forms);
    }

    /**
     * The hashes of the text's words, each word taken in lower case and without a plural {@code s} ("vehicles" finds
     * "vehicle" and back): 64 bits, so that words are compared without making a string of each.
     */
    static long[] words(String text) {
        long[] hashes = new long[16];
        int count = 0;
        long hash = FNV_OFFSET;
        long beforeLast = FNV_OFFSET;
        int length = 0;
        char last = 0;
        char secondLast = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean letter = c < 0x80 ? (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
                    : Character.isLetterOrDigit(c);
            if (letter) {
                char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A'))
                        : c < 0x80 ? c : Character.toLowerCase(c);
                beforeLast = hash;
                hash = (hash ^ lower) * FNV_PRIME;
                secondLast = last;
                last = lower;
                length++;
            } else if (length > 0) {
                boolean plural = length > 3 && last == 's' && secondLast != 's';
                if (count == hashes.length) {
                    hashes = java.util.Arrays.copyOf(hashes, count * 2);
                }
                hashes[count++] = plural ? beforeLast : hash;
                hash = FNV_OFFSET;
                beforeLast = FNV_OFFSET;
                length = 0;
                last = 0;
                secondLast = 0;
            }
        }
        return java.util.Arrays.copyOf(hashes, count);
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** True when the glossary has no term to look for. */
    boolean isEmpty() {
        return chinese.isEmpty();
    }

    /** The terms whose Chinese name the text holds. */
    Set<Term> inChinese(String text) {
        Set<Term> found = new LinkedHashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (!firstChars.get(text.charAt(i))) {
                continue;
            }
            List<Term> candidates = chinese.get(pair(text, i));
            if (candidates != null) {
                for (Term term : candidates) {
                    if (text.startsWith(term.entry().zh(), i)) {
                        found.add(term);
                    }
                }
            }
        }
        return found;
    }

    private static int pair(String text, int at) {
        return text.charAt(at) << 16 | text.charAt(at + 1);
    }

    /** The terms one of whose English forms the text holds, as whole words. */
    Set<Term> inEnglish(String text) {
        long[] words = words(text);
        Set<Term> found = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            List<Term> candidates = english.get(words[i]);
            if (candidates == null) {
                continue;
            }
            for (Term term : candidates) {
                for (long[] form : term.formWords()) {
                    if (form.length > 0 && i + form.length <= words.length
                            && java.util.Arrays.equals(words, i, i + form.length, form, 0, form.length)) {
                        found.add(term);
                    }
                }
            }
        }
        return found;
    }
}
