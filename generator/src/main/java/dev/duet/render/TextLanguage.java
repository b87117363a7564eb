package dev.duet.render;

/**
 * The language a name on a page is written in, where it is not the page's: an English tag that no glossary entry
 * names in Chinese, on a Chinese page; a reporter's Chinese name on an English page. A screen reader reads a text
 * in the voice of the language its {@code lang} attribute names, so a theme marks such a name with it.
 */
final class TextLanguage {

    private TextLanguage() {
    }

    /**
     * {@code en} for a name in Latin letters without Chinese on a Chinese page, {@code zh} for one with Chinese
     * characters on another page ({@code zh-Hant} when one of them is Traditional), else empty: the page's
     * language.
     */
    static String of(String text, String pageLang) {
        boolean han = false;
        boolean latin = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            han |= script == Character.UnicodeScript.HAN;
            latin |= script == Character.UnicodeScript.LATIN;
            i += Character.charCount(c);
        }
        if (pageLang.equals("zh")) {
            return latin && !han ? "en" : "";
        }
        // A name with a Traditional character (陳嘉) is read, and its glyphs chosen, as Traditional Chinese.
        return !han ? "" : dev.duet.io.TraditionalFold.text(text).equals(text) ? "zh" : "zh-Hant";
    }
}
