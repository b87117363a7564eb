package dev.duet.content;

import java.util.List;
import java.util.Optional;

/**
 * The front matter fields import writes from a source, each a top-level block of the YAML that import can update on
 * its own in a file an editor changed ({@link ArticleMerge}). {@code lang} and {@code sourceFile} say which article
 * a file is, and are never updated, but for {@code sourceFile} when its source file was renamed or moved; the body is
 * merged as a field of its own.
 */
enum ImportedField {
    TITLE("title", false),
    SCRIPT("script", false),
    DATE("date", true),
    SLUG("slug", true),
    TAGS("tags", true),
    HEADLINE("headline", false),
    DATELINE("dateline", false),
    AGENCY("agency", false),
    REPORTERS("reporters", false),
    SOURCE("source", false),
    VIEWS("views", true),
    DUPLICATE_OF("duplicateOf", true);

    /** The key of the field's block in the front matter. */
    final String key;
    /** Whether the source gives both languages of a story the same value, which they keep in step. */
    final boolean shared;

    ImportedField(String key, boolean shared) {
        this.key = key;
        this.shared = shared;
    }

    /** The field's block as import writes it: its lines, each ending with a line break, or nothing when absent. */
    String block(FrontMatter fm) {
        StringBuilder out = new StringBuilder(64);
        append(out, fm);
        return out.toString();
    }

    /** Appends {@link #block}. */
    void append(StringBuilder out, FrontMatter fm) {
        switch (this) {
            case TITLE -> scalar(out, key, Optional.of(fm.title()));
            case SCRIPT -> scalar(out, key, fm.script());
            case DATE -> scalar(out, key, fm.date().map(Object::toString));
            case SLUG -> scalar(out, key, fm.slug());
            case TAGS -> list(out, key, fm.tags());
            case HEADLINE -> scalar(out, key, fm.headline());
            case DATELINE -> scalar(out, key, fm.dateline());
            case AGENCY -> scalar(out, key, fm.agency());
            case REPORTERS -> list(out, key, fm.reporters());
            case SOURCE -> {
                if (fm.sourceUrl().isPresent() || fm.sourceName().isPresent()) {
                    out.append("source:\n");
                    scalar(out, "  url", fm.sourceUrl());
                    scalar(out, "  name", fm.sourceName());
                }
            }
            case VIEWS -> fm.views().ifPresent(v -> out.append("views: ").append(v.intValue()).append('\n'));
            case DUPLICATE_OF -> scalar(out, key, fm.duplicateOf());
            default -> throw new IllegalStateException(name());
        }
    }

    static void scalar(StringBuilder out, String key, Optional<String> value) {
        if (value.isPresent()) {
            out.append(key).append(": ").append(YamlText.quote(value.get())).append('\n');
        }
    }

    private static void list(StringBuilder out, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        out.append(key).append(":\n");
        for (String value : values) {
            out.append("  - ").append(YamlText.quote(value)).append('\n');
        }
    }
}
