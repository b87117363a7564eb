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

    /** A glossary entry, the English forms that count as it, and each form's words in lower case. */
    record Term(Glossary.Entry entry, List<String> englishForms, List<List<String>> formWords) {
    }

    private static final Pattern BRACKETS = Pattern.compile("^(.*?)\\s*[(（]([^()（）]+)[)）]\\s*$");

    /** Chinese terms of two characters or more, by their first two packed in an int. */
    private final Map<Integer, List<Term>> chinese = new HashMap<>();
    /** The first characters of the Chinese terms: a text's other characters are passed at once. */
    private final BitSet firstChars = new BitSet(1 << 16);
    /** English forms by their first word, in lower case. */
    private final Map<String, List<Term>> english = new HashMap<>();

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
            for (List<String> words : term.formWords()) {
                if (!words.isEmpty()) {
                    english.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(term);
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

    /** The text's words in lower case, each without a plural {@code s}: "vehicles" finds "vehicle" and back. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder(16);
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c < 0x80 ? (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') : Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (c >= 'A' && c <= 'Z') {
                word.append((char) (c + ('a' - 'A')));
            } else if (word.length() > 0) {
                int n = word.length();
                boolean plural = n > 3 && word.charAt(n - 1) == 's' && word.charAt(n - 2) != 's';
                words.add(plural ? word.substring(0, n - 1) : word.toString());
                word.setLength(0);
            }
        }
        return words;
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
        List<String> words = words(text);
        Set<Term> found = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            List<Term> candidates = english.get(words.get(i));
            if (candidates == null) {
                continue;
            }
            for (Term term : candidates) {
                for (List<String> formWords : term.formWords()) {
                    if (!formWords.isEmpty() && i + formWords.size() <= words.size()
                            && words.subList(i, i + formWords.size()).equals(formWords)) {
                        found.add(term);
                    }
                }
            }
        }
        return found;
    }
}
