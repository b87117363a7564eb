package dev.duet.model;

/**
 * A keyword as one language shows it.
 *
 * @param key the language-independent key (the normalised English keyword where the glossary knows it)
 * @param slug the path segment shared by the tag's pages in both languages
 * @param name the name shown in this language
 */
public record Tag(String key, String slug, String name) {
}
