package dev.duet.content;

import dev.duet.diagnostic.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An article file on disk, as import sees it: its path, pair name, source, and import's digest if it is still as
 * import wrote it.
 *
 * @param path the file's path relative to the site, with forward slashes
 * @param dated whether its front matter has a date: for a file read in full, one an editor may have added
 * @param sourceUrl the source's URL its front matter gives
 * @param importedAs what import wrote into it, as its digest line tells whether it was edited since or not, in
 *     short ({@link MovedStories#evidence}): for a source file renamed or moved to be known by
 * @param slug the slug its front matter gives: the story's address, which a file renamed keeps
 * @param duplicateDropped whether its editor removed the {@code duplicateOf} import wrote (the stories differ)
 * @param duplicate whether it says {@code duplicateOf}: its story repeats another, imported before it
 */
public record ArticleOnDisk(String path, String pairName, Optional<String> sourceFile, Optional<String> importDigest,
        boolean dated, Optional<String> sourceUrl, String importedAs, Optional<String> slug,
        boolean duplicateDropped, boolean duplicate) {

    /** An article file that was read in full; whether it is still as import wrote it is not asked. */
    public static ArticleOnDisk of(ContentFile file) {
        FrontMatter fm = file.frontMatter();
        return new ArticleOnDisk(file.path(), file.pairName(), fm.sourceFile(), Optional.empty(),
                fm.date().isPresent(), fm.sourceUrl(),
                MovedStories.evidence(fm.importDigest().flatMap(FieldDigests::parse)), fm.slug(),
                fm.duplicateOf().isEmpty() && FieldDigests.wrote(fm, ImportedField.DUPLICATE_OF),
                fm.duplicateOf().isPresent());
    }

    /**
     * Reads what import needs of one article file, or nothing when the file is not a usable article (the build
     * leaves such a file out, and so does import). A file exactly as import wrote it is read without parsing its
     * YAML; any other file is read in full by {@link ContentReader}. Thread-safe.
     */
    public static Optional<ArticleOnDisk> read(Path siteDir, Path file) throws IOException {
        return read(siteDir, file, Files.readAllBytes(file));
    }

    /** {@link #read(Path, Path)} of the {@code bytes} read from {@code file}. */
    public static Optional<ArticleOnDisk> read(Path siteDir, Path file, byte[] bytes) {
        String path = ContentReader.relative(siteDir, file);
        Optional<ArticleOnDisk> unedited = ImportedText.readUnedited(path, bytes);
        if (unedited.isPresent()) {
            return unedited;
        }
        return new ContentReader().read(path, bytes, new Problems()).map(ArticleOnDisk::of);
    }
}
