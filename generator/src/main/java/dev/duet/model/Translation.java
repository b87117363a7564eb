package dev.duet.model;

/**
 * A link from a page to the same content in another language.
 *
 * @param lang the other language's code
 * @param languageTag its BCP 47 tag, for hreflang
 * @param path the other page's site-relative path
 * @param texts the other page's texts: its title ({@link #title()}), and for an article the rest of them
 */
public record Translation(String lang, String languageTag, String path, ArticleTexts texts) {

    /** A link to a page with {@code title}. */
    public Translation(String lang, String languageTag, String path, String title) {
        this(lang, languageTag, path, ArticleTexts.titled(title));
    }

    /** The other page's title. */
    public String title() {
        return texts.title();
    }
}
