package dev.duet.content;

import dev.duet.diagnostic.Problem;
import dev.duet.diagnostic.Problems;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A three-way merge, field by field, of the files of one story whose source changed. The digests import wrote with
 * each file ({@link FieldDigests}) say what it wrote before; comparing them with the file as it is now says what the
 * editor changed, and with what import would write now, what the source changed. A field only the source changed is
 * updated, a field only the editor changed is kept, and a field both changed to different values is a conflict:
 * the editor's value is kept and both are reported, once. Fields the two languages share (date, slug, tags, views)
 * are updated in both files or in neither, so a pair stays in step.
 */
final class ArticleMerge {

    /**
     * One file of the story: its path, what import would write for it now, and its text as it is on disk.
     *
     * @param edited whether the file was changed since import wrote it
     */
    record Side(String path, ImportedFile fresh, byte[] current, boolean edited) {
    }

    /**
     * The text to write for one file: whether the editor changed it, and whether any of the source's changes is in
     * it (else only its digest line changed, to note the source's new values as seen).
     */
    record Decision(Side side, byte[] text, boolean edited, boolean updatedFromSource) {
    }

    /** A decision per file that is written, the problems to report, and the source's files kept for a conflict. */
    record Result(List<Decision> decisions, List<Problem> problems, Map<String, byte[]> incoming) {
    }

    /** One side read: the front matter's YAML and values, the body, and what import wrote (base) and now holds. */
    private record Read(Side side, String yaml, FrontMatter fm, String body, FieldDigests base, FieldDigests now) {

        /**
         * What import wrote for a field; for a field an earlier import did not know (and so did not write), the
         * digest of nothing.
         */
        private Optional<String> baseOf(String key) {
            return base.of(key).or(() -> key.equals(FieldDigests.BODY) ? Optional.empty()
                    : Optional.of(FieldDigests.digestOf("")));
        }

        boolean editorChanged(String key) {
            return baseOf(key).isEmpty() || !baseOf(key).equals(now.of(key));
        }

        boolean sourceChanged(String key) {
            return baseOf(key).isEmpty() || !baseOf(key).equals(side.fresh().fields().of(key));
        }

        /** Both changed the field, and not to the same value. */
        boolean conflicts(String key) {
            return editorChanged(key) && sourceChanged(key) && !now.of(key).equals(side.fresh().fields().of(key));
        }
    }

    private ArticleMerge() {
    }

    /**
     * Merges the source's changes into the story's files; a file that cannot be merged is left alone, and said so.
     *
     * @param incomingCopy where the source's version of a file is kept when its body conflicts, as a message shows it
     */
    static Result merge(List<Side> sides, Function<String, String> incomingCopy) {
        List<Problem> problems = new ArrayList<>();
        Map<String, byte[]> incoming = new LinkedHashMap<>();
        List<Decision> decisions = new ArrayList<>();
        List<Read> reads = new ArrayList<>();
        boolean unknownEdits = false;
        for (Side side : sides) {
            Optional<Read> read = read(side, problems);
            if (read.isPresent()) {
                reads.add(read.get());
            } else if (!side.edited()) {
                // A file as import wrote it that does not read back is replaced, as any unedited file is.
                decisions.add(new Decision(side, side.fresh().bytes(), false, true));
            } else {
                unknownEdits = true;
            }
        }
        // A shared field an editor changed in any file is held in every file: the pair stays in step. An edited file
        // that cannot be merged may have changed any of them.
        Set<ImportedField> held = EnumSet.noneOf(ImportedField.class);
        if (unknownEdits) {
            for (ImportedField field : ImportedField.values()) {
                if (field.shared) {
                    held.add(field);
                }
            }
        }
        for (Read read : reads) {
            for (ImportedField field : ImportedField.values()) {
                if (field.shared && read.side().edited() && read.editorChanged(field.key)) {
                    held.add(field);
                }
            }
        }
        Set<ImportedField> heldReported = EnumSet.noneOf(ImportedField.class);
        for (Read read : reads) {
            Side side = read.side();
            Map<String, String> replacements = new LinkedHashMap<>();
            List<ImportedField> conflicts = new ArrayList<>();
            // A shared field in conflict here, reported here or on the story's other file.
            boolean sharedConflict = false;
            for (ImportedField field : ImportedField.values()) {
                String key = field.key;
                if (field.shared && held.contains(field)) {
                    boolean sourceMoved = read.sourceChanged(key)
                            && !read.now().of(key).equals(side.fresh().fields().of(key));
                    boolean conflict = sourceMoved && side.edited() && read.editorChanged(key);
                    sharedConflict |= conflict;
                    if (conflict && heldReported.add(field)) {
                        conflicts.add(field);
                    }
                } else if (!read.editorChanged(key)) {
                    if (read.sourceChanged(key)) {
                        replacements.put(key, field.block(side.fresh().frontMatter()));
                    }
                } else if (read.conflicts(key)) {
                    conflicts.add(field);
                }
            }
            // A source renamed or moved: its files name it where they named the old one (import's key, not yours).
            Optional<String> sourceFile = side.fresh().frontMatter().sourceFile();
            if (read.fm().sourceFile().isPresent() && sourceFile.isPresent()
                    && !read.fm().sourceFile().equals(sourceFile)) {
                replacements.put("sourceFile", "sourceFile: " + YamlText.quote(sourceFile.get()) + "\n");
            }
            boolean bodyFromSource = !read.editorChanged(FieldDigests.BODY) && read.sourceChanged(FieldDigests.BODY);
            boolean fromSource = bodyFromSource || !replacements.isEmpty();
            replacements.put(FrontMatterFormat.DIGEST_KEY, FrontMatterFormat.DIGEST_KEY + ": "
                    + YamlText.quote(digestValue(read, held)) + "\n");
            Optional<String> yaml = FrontMatterEdit.replace(read.yaml(), replacements);
            if (yaml.isEmpty()) {
                problems.add(keptEdited(side, "its front matter could not be updated in place"));
                continue;
            }
            String head = FrontMatterFormat.CLOSE_LINE + yaml.get() + FrontMatterFormat.CLOSE_LINE;
            String text = head + (bodyFromSource ? side.fresh().body() : read.body());
            for (ImportedField field : conflicts) {
                problems.add(Problem.warning("import.conflict", side.path(), lineOf(text, field.key + ":"),
                        "'" + field.key + "' was edited here and also changed in the source: the edited value "
                                + shown(field, read.fm()) + " is kept, and the source now gives "
                                + shown(field, side.fresh().frontMatter())
                                + " (reported once: copy the source's value in to take it, or run import with"
                                + " -Dduet.overwriteEdited=true to take the source's whole file, keeping yours)"));
            }
            if (!conflicts.isEmpty() || sharedConflict || read.conflicts(FieldDigests.BODY)) {
                // Kept for -Dduet.overwriteEdited=true, which takes the source's file over the edited one: over
                // both files of a story whose shared field is in conflict, so that the pair stays in step.
                incoming.put(side.path(), side.fresh().bytes());
            }
            if (read.conflicts(FieldDigests.BODY)) {
                problems.add(Problem.warning("import.conflict", side.path(), firstBodyLine(head, read.body()),
                        "the body was edited here and also changed in the source: the edited body is kept, and the"
                                + " source's version of the whole file is in " + incomingCopy.apply(side.path())
                                + " (reported once: merge the two by hand, which settles it, or run import with"
                                + " -Dduet.overwriteEdited=true before you edit the file to take the source's file,"
                                + " keeping yours)"));
            }
            decisions.add(new Decision(side, withLineEnds(side.current(), text), side.edited(),
                    fromSource));
        }
        return new Result(decisions, problems, incoming);
    }

    /**
     * The digest line of a merged file: what import wrote for each field, as the merge leaves it. A shared field held
     * for the pair's sake keeps its old digest where this file holds the old value, so that the source's change
     * reaches it once the pair is free to take it; every other field notes the source's value as seen. Until every
     * field is settled so, the line keeps the file's old digest, and the next import merges the file again.
     */
    private static String digestValue(Read read, Set<ImportedField> held) {
        FieldDigests fresh = read.side().fresh().fields();
        Map<String, String> digests = new LinkedHashMap<>(fresh.digests());
        for (ImportedField field : held) {
            if (!read.editorChanged(field.key)) {
                digests.put(field.key, read.baseOf(field.key).orElseThrow());
            }
        }
        FieldDigests written = new FieldDigests(digests);
        String old = ImportedText.digest(new String(read.side().current(), StandardCharsets.UTF_8));
        String whole = written.equals(fresh) || old.isEmpty() ? read.side().fresh().digest() : old;
        return "sha256:" + whole + written.format();
    }

    /** The side read, with what import wrote for it; empty, with a problem said, when it cannot be merged. */
    private static Optional<Read> read(Side side, List<Problem> problems) {
        Problems ignored = new Problems();
        Optional<ArticleFileText> split = ArticleFileText.split(side.path(), side.current(), ignored);
        Optional<ContentFile> file = split.isEmpty() ? Optional.empty()
                : new ContentReader().read(side.path(), side.current(), ignored);
        if (file.isEmpty()) {
            if (side.edited()) {
                problems.add(keptEdited(side, "its front matter could not be read (see the build's message)"));
            }
            return Optional.empty();
        }
        String yaml = split.get().yaml();
        String body = split.get().body();
        FrontMatter fm = file.get().frontMatter();
        FieldDigests now = FieldDigests.of(fm, body);
        if (!side.edited()) {
            return Optional.of(new Read(side, yaml, fm, body, now, now));
        }
        Optional<FieldDigests> base = FieldDigests.parse(ImportedText.digestValue("\n" + yaml));
        if (base.isEmpty()) {
            problems.add(ImportedText.digestValue("\n" + yaml).isEmpty()
                    ? Problem.warning("import.kept-edited", side.path(), 0, "import leaves it alone whatever its"
                    + " source says: its '" + FrontMatterFormat.DIGEST_KEY + "' line, which notes what import wrote,"
                    + " is gone, so an edit cannot be told from a change of the source (put the line back to have"
                    + " the source's changes merged, or run import with -Dduet.overwriteEdited=true to replace the"
                    + " file with the source's text, keeping your version under the cache folder)")
                    : keptEdited(side, "an earlier version of Duet imported it without noting what it wrote for each"
                    + " field"));
            return Optional.empty();
        }
        return Optional.of(new Read(side, yaml, fm, body, base.get(), now));
    }

    private static Problem keptEdited(Side side, String why) {
        return Problem.warning("import.kept-edited", side.path(), 0, "edited since it was imported, and its source"
                + " changed, but import left it alone: " + why + " (merge the change by hand, or run import with"
                + " -Dduet.overwriteEdited=true to replace the file with the source's text, keeping your version"
                + " under the cache folder)");
    }

    /** A field's value as a message shows it: on one line, shortened when long. */
    private static String shown(ImportedField field, FrontMatter fm) {
        String block = field.block(fm);
        if (block.isEmpty()) {
            return "nothing";
        }
        String value = switch (field) {
            case TAGS -> "[" + String.join(", ", fm.tags()) + "]";
            case REPORTERS -> "[" + String.join(", ", fm.reporters()) + "]";
            case SOURCE -> fm.sourceUrl().orElse("") + fm.sourceName().map(n -> " (" + n + ")").orElse("");
            default -> block.substring(field.key.length() + 1).strip();
        };
        return value.length() > 200 ? value.substring(0, 200) + "…" : value;
    }

    /** The 1-based line of the first line of {@code text} that starts with {@code prefix}, or 0. */
    static int lineOf(String text, String prefix) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The 1-based line of the body's first line of text in the file {@code head + body}, past the blank lines that
     * part it from the front matter; the line the body starts on when it has no text.
     */
    private static int firstBodyLine(String head, String body) {
        int start = head.split("\n", -1).length;
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return start + i;
            }
        }
        return start;
    }

    /** The merged text as bytes, with the byte order mark and CRLF line breaks of the editor's file, if it had them. */
    private static byte[] withLineEnds(byte[] current, String text) {
        String original = new String(current, StandardCharsets.UTF_8);
        String out = original.contains("\r\n") ? text.replace("\n", "\r\n") : text;
        return (original.startsWith("\uFEFF") ? "\uFEFF" + out : out).getBytes(StandardCharsets.UTF_8);
    }
}
