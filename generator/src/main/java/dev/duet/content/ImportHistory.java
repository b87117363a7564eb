package dev.duet.content;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an editor changed in an article file since import wrote it, field by field, from the digests import wrote
 * into it ({@link FieldDigests}).
 */
public final class ImportHistory {

    private ImportHistory() {
    }

    /**
     * The keys of the fields ({@code title}, {@code tags}…, and {@code body}) whose value differs from what import
     * wrote; empty when the file carries no digest per field (written by hand, or by an earlier import).
     *
     * @param body the file's body, already read
     */
    public static Optional<Set<String>> editedSinceImport(ContentFile file, String body) {
        Optional<FieldDigests> base = file.frontMatter().importDigest().flatMap(FieldDigests::parse);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        FieldDigests now = FieldDigests.of(file.frontMatter(), body);
        Set<String> edited = new TreeSet<>();
        base.get().digests().forEach((key, digest) -> {
            if (!now.of(key).map(digest::equals).orElse(false)) {
                edited.add(key);
            }
        });
        return Optional.of(edited);
    }
}
