package dev.duet.content;

import dev.duet.io.SharedStrings;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The typed YAML front matter of one article file. Import writes it; users may edit it by hand; the build reads it.
 * Absent values are empty, never invented.
 *
 * @param title the article's title
 * @param lang {@code zh} or {@code en}
 * @param script {@code Hans} or {@code Hant} for Chinese when known
 * @param date the publication date, when known
 * @param slug the URL slug shared by both languages
 * @param tags the keywords as written
 * @param dateline the dateline as written in the first paragraph
 * @param agency the news agency named in the dateline
 * @param reporters the reporters named in the first paragraph
 * @param headline the English long headline, when it differs from the title
 * @param sourceUrl the original article's URL
 * @param sourceName the outlet's name in this language
 * @param views the view count recorded in the source
 * @param duplicateOf the source file of an earlier story this one repeats, as import found it
 * @param sourceFile the source text file this article was imported from, relative to the site
 * @param translationKey an explicit key pairing translations; by default files pair by name
 * @param draft a draft is read and checked but not published
 * @param importDigest the digest Duet wrote at import, to tell whether the user edited the file since; as a build
 *     reads it, only the digests of the title and the body ({@link #forBuild})
 * @param publication when it is published, updated, corrected or withdrawn, and its old addresses
 * @param section the section an editor chose ({@code 国内}, {@code China}, {@code gn}); by default the section
 *     comes from the source URL's channel
 * @param image the lead picture, when the file names one
 * @param lead true when an editor chose the story to lead the front page ({@code lead: true})
 */
public record FrontMatter(
        String title,
        String lang,
        Optional<String> script,
        Optional<LocalDate> date,
        Optional<String> slug,
        List<String> tags,
        Optional<String> dateline,
        Optional<String> agency,
        List<String> reporters,
        Optional<String> headline,
        Optional<String> sourceUrl,
        Optional<String> sourceName,
        Optional<Integer> views,
        Optional<String> duplicateOf,
        Optional<String> sourceFile,
        Optional<String> translationKey,
        boolean draft,
        Optional<String> importDigest,
        Publication publication,
        Optional<String> section,
        Optional<ImageField> image,
        boolean lead) {

    /** Front matter that does not choose its story to lead the front page. */
    public FrontMatter(String title, String lang, Optional<String> script, Optional<LocalDate> date,
            Optional<String> slug, List<String> tags, Optional<String> dateline, Optional<String> agency,
            List<String> reporters, Optional<String> headline, Optional<String> sourceUrl, Optional<String> sourceName,
            Optional<Integer> views, Optional<String> duplicateOf, Optional<String> sourceFile,
            Optional<String> translationKey, boolean draft, Optional<String> importDigest, Publication publication,
            Optional<String> section, Optional<ImageField> image) {
        this(title, lang, script, date, slug, tags, dateline, agency, reporters, headline, sourceUrl, sourceName,
                views, duplicateOf, sourceFile, translationKey, draft, importDigest, publication, section, image,
                false);
    }

    /** Front matter without an editor's section or a picture. */
    public FrontMatter(String title, String lang, Optional<String> script, Optional<LocalDate> date,
            Optional<String> slug, List<String> tags, Optional<String> dateline, Optional<String> agency,
            List<String> reporters, Optional<String> headline, Optional<String> sourceUrl, Optional<String> sourceName,
            Optional<Integer> views, Optional<String> duplicateOf, Optional<String> sourceFile,
            Optional<String> translationKey, boolean draft, Optional<String> importDigest, Publication publication) {
        this(title, lang, script, date, slug, tags, dateline, agency, reporters, headline, sourceUrl, sourceName,
                views, duplicateOf, sourceFile, translationKey, draft, importDigest, publication, Optional.empty(),
                Optional.empty());
    }

    /** Front matter without a picture. */
    public FrontMatter(String title, String lang, Optional<String> script, Optional<LocalDate> date,
            Optional<String> slug, List<String> tags, Optional<String> dateline, Optional<String> agency,
            List<String> reporters, Optional<String> headline, Optional<String> sourceUrl, Optional<String> sourceName,
            Optional<Integer> views, Optional<String> duplicateOf, Optional<String> sourceFile,
            Optional<String> translationKey, boolean draft, Optional<String> importDigest, Publication publication,
            Optional<String> section) {
        this(title, lang, script, date, slug, tags, dateline, agency, reporters, headline, sourceUrl, sourceName,
                views, duplicateOf, sourceFile, translationKey, draft, importDigest, publication, section,
                Optional.empty());
    }

    public FrontMatter {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(publication, "publication");
        tags = List.copyOf(tags);
        reporters = List.copyOf(reporters);
    }

    /** Front matter that says nothing of the article's life after publishing, nor of a picture, as import writes it. */
    public FrontMatter(String title, String lang, Optional<String> script, Optional<LocalDate> date,
            Optional<String> slug, List<String> tags, Optional<String> dateline, Optional<String> agency,
            List<String> reporters, Optional<String> headline, Optional<String> sourceUrl,
            Optional<String> sourceName, Optional<Integer> views, Optional<String> duplicateOf,
            Optional<String> sourceFile, Optional<String> translationKey, boolean draft,
            Optional<String> importDigest) {
        this(title, lang, script, date, slug, tags, dateline, agency, reporters, headline, sourceUrl, sourceName,
                views, duplicateOf, sourceFile, translationKey, draft, importDigest, Publication.NONE, Optional.empty(),
                Optional.empty());
    }

    /**
     * What a build reads of this front matter: without what only import reads (the source file, and of the import
     * digest all but the title's and the body's digests, which the translation desk compares), and with the values
     * many articles repeat (language, script, day, tags, dateline, agency, reporters, outlet, a small view count
     * ({@link SharedStrings#count}), a publication with no more than its time, section) taken from {@code shared},
     * so that a large site holds each once.
     */
    public FrontMatter forBuild(SharedStrings shared) {
        return new FrontMatter(title, shared.of(lang), shared.of(script), shared.value(date), slug, shared.of(tags),
                shared.of(dateline), shared.of(agency), shared.of(reporters), headline, sourceUrl, shared.of(sourceName),
                shared.count(views),
                duplicateOf, Optional.empty(), translationKey, draft,
                importDigest.flatMap(FieldDigests::forBuild),
                publication.isPlain() && publication.published().flatMap(NewsTime::time).isEmpty()
                        ? shared.value(publication) : publication, shared.of(section), image, lead);
    }
}
