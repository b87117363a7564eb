package dev.duet.source;

import dev.duet.diagnostic.Problem;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one source file says about one article, in both languages where present: the output of
 * {@link SourceParser}. Values are as written in the source (trimmed); nothing here is invented. When the year
 * cannot be derived, {@link #date()} is empty and {@link #monthDay()} keeps what the dateline says.
 *
 * @param sourceFile the source's path relative to the site, with forward slashes
 * @param encoding the detected encoding, lower case ({@code utf-8}, {@code gb18030}, {@code big5}, {@code utf-16le}…)
 * @param zh the Chinese text, when the file has one
 * @param en the English text, when the file has one
 * @param keywords the keywords as written, split on the separator used, without a final period
 * @param source the original article's URL and the outlet it belongs to
 * @param views the view count, when the file has a Views line
 * @param date the publication date, when a year could be derived (from the source URL)
 * @param monthDay month and day from the dateline, when known
 * @param problems what was wrong or doubtful in the file; an article with an error problem is not imported
 */
public record ImportedArticle(
        String sourceFile,
        String encoding,
        Optional<ArticleText> zh,
        Optional<ArticleText> en,
        List<String> keywords,
        Optional<SourceLink> source,
        Optional<Integer> views,
        Optional<LocalDate> date,
        Optional<MonthDay> monthDay,
        List<Problem> problems) {

    public ImportedArticle {
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(views, "views");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(monthDay, "monthDay");
        problems = List.copyOf(problems);
    }

    /** True when the file could be read as an article: it has a title in at least one language and no error. */
    public boolean isImportable() {
        if (zh.isEmpty() && en.isEmpty()) {
            return false;
        }
        for (Problem problem : problems) {
            if (problem.isError()) {
                return false;
            }
        }
        return true;
    }
}
