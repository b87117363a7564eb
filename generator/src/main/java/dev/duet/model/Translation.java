package dev.duet.model;

/**
 * A link from a page to the same content in another language.
 *
 * @param lang the other language's code
 * @param languageTag its BCP 47 tag, for hreflang
 * @param path the other page's site-relative path
 * @param title the other page's title
 */
public record Translation(String lang, String languageTag, String path, String title) {
}
