package dev.duet.content;

import dev.duet.diagnostic.Problems;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps an editor's own front matter keys when import writes a source's text over a file they edited
 * ({@code overwriteEdited}): a key import never writes ({@code unpublished}, {@code correction}, {@code updated},
 * {@code section}, {@code image}, {@code aliases}, {@code draft}, a theme's own) is the editor's decision, which no
 * source text replaces, so that a withdrawn story stays withdrawn and a correction stays published.
 */
final class EditorKeys {

    /**
     * The keys import writes: its fields, the article's language and source, and its bookkeeping. Not
     * {@code draft} nor {@code translationKey}, which it never writes: a translation an editor keeps a draft stays
     * one, and a pair an editor joined stays joined.
     */
    private static final Set<String> IMPORTS = Stream.concat(Stream.of(ImportedField.values()).map(f -> f.key),
            Stream.of("lang", "sourceFile", FrontMatterFormat.DIGEST_KEY)).collect(Collectors.toUnmodifiableSet());

    /**
     * The file as import writes it, and the editor's keys it keeps; {@code lost} when the editor's front matter
     * holds keys of its own that it cannot carry over (it is not YAML the parser reads).
     */
    record Kept(byte[] bytes, List<String> keys, boolean lost) {
    }

    private EditorKeys() {
    }

    /** {@code after} (import's text) with the keys of {@code before} (the edited file) that import never writes. */
    static Kept kept(String path, byte[] before, byte[] after) {
        Optional<ArticleFileText> edited = ArticleFileText.split(path, before, new Problems());
        Optional<ArticleFileText> imported = ArticleFileText.split(path, after, new Problems());
        if (edited.isEmpty() || imported.isEmpty()) {
            return new Kept(after, List.of(), edited.isEmpty());
        }
        String yaml = imported.get().yaml();
        Optional<FrontMatterEdit.Carried> carried = FrontMatterEdit.carry(edited.get().yaml(), yaml,
                IMPORTS::contains);
        String text = new String(after, StandardCharsets.UTF_8);
        int at = text.indexOf(yaml);
        if (carried.isEmpty() || at < 0) {
            return new Kept(after, List.of(), true);
        }
        if (carried.get().keys().isEmpty()) {
            return new Kept(after, List.of(), false);
        }
        byte[] bytes = (text.substring(0, at) + carried.get().yaml() + text.substring(at + yaml.length()))
                .getBytes(StandardCharsets.UTF_8);
        return new Kept(bytes, carried.get().keys(), false);
    }
}
