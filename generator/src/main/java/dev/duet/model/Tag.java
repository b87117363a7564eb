package dev.duet.model;

/**
 * A keyword as one language shows it; a section and a reporter are named the same way, each with pages of its own.
 *
 * @param key the language-independent key (the normalised English keyword where the glossary knows it)
 * @param slug the path segment shared by the tag's (section's, reporter's) pages in both languages
 * @param name the name shown in this language
 */
public record Tag(String key, String slug, String name) {
}
