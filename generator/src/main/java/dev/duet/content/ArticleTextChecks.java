package dev.duet.content;

import dev.duet.diagnostic.Problems;

/**
 * What an article's text says of the file before any page is made of it: a published article with no text at all
 * (its page would be empty, and its 中英对照 column too), and a text in the other language than the file's
 * {@code lang} (a translation pasted into the original's file), whose page a screen reader would read in the wrong
 * voice. Each is a warning at the text's first line; a draft is not told of an empty text.
 */
final class ArticleTextChecks {

    /** Fewer letters than this say nothing of a text's language: a name, a figure, a photo credit. */
    private static final int MIN_LETTERS = 20;

    private ArticleTextChecks() {
    }

    static void check(String path, FrontMatter fm, String body, int bodyLine, Problems problems) {
        String text = HtmlComments.strip(body);
        if (text.isBlank()) {
            if (!fm.draft()) {
                problems.warning("content.empty-text", path, bodyLine, "the article has no text, so its page is"
                        + " published empty: write its text after the front matter, or set 'draft: true' until it"
                        + " is written");
            }
            return;
        }
        boolean zh = fm.lang().equals("zh");
        if (!zh && !fm.lang().equals("en")) {
            return;
        }
        // Counted only as far as the answer is open: a Chinese file's first character of Chinese settles it, and
        // an English file's count stops once the letters outnumber all the characters left. No character below
        // U+2E80 is of the Han script.
        int han = 0;
        int latin = 0;
        String all = fm.title() + "\n" + text;
        for (int i = 0; i < all.length(); ) {
            int c = all.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x250) {
                if (Character.isLetter(c)) {
                    latin++;
                }
            } else if (c >= 0x2E80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (zh) {
                    break;
                }
            }
            if (!zh && latin > han + all.length() - i) {
                break;
            }
        }
        if (zh && han == 0 && latin >= MIN_LETTERS) {
            problems.warning("content.text-language", path, bodyLine, "lang is zh, and the title and text have no"
                    + " Chinese character: is this the English version? The page is published as Chinese, which"
                    + " screen readers read in a Chinese voice; check the file's lang and its name");
        } else if (!zh && han >= MIN_LETTERS && han > latin) {
            problems.warning("content.text-language", path, bodyLine, "lang is en, and the title and text are"
                    + " mostly Chinese characters: is this the Chinese version? The page is published as English,"
                    + " which screen readers read in an English voice; check the file's lang and its name");
        }
    }
}
