package dev.duet.content;

import dev.duet.io.Sha256;
import dev.duet.source.ArticleText;
import dev.duet.source.ImportedArticle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The file import writes for one language of an article: its bytes, the digest written into them (64 hex digits),
 * and what they hold: the front matter, the body's text and the digest of each ({@link FieldDigests}).
 */
record ImportedFile(byte[] bytes, String digest, FrontMatter frontMatter, String body, FieldDigests fields) {

    /** The value of the digest line: the file's digest, then each field's. */
    String digestValue() {
        return "sha256:" + digest + fields.format();
    }

    /**
     * The front matter and body import writes for one language of an article, as text: the plain statement of the
     * format, which {@link #of} must match byte for byte.
     */
    static String text(ImportedArticle article, ArticleText text, String slug) {
        FrontMatter fm = frontMatter(article, text, slug, Optional.empty());
        String body = body(text);
        String plain = FrontMatterFormat.format(fm, body);
        String bodyText = body.isEmpty() ? "" : "\n" + body;
        return FrontMatterFormat.withDigest(plain, "sha256:" + Slug.sha256(plain)
                + FieldDigests.of(fm, bodyText).format());
    }

    /**
     * {@link #text} as UTF-8 bytes, with the digest they carry: the front matter and the rest are encoded once
     * each, hashed one after the other, and joined around the digest line.
     */
    static ImportedFile of(ImportedArticle article, ArticleText text, String slug) {
        return of(article, text, slug, Optional.empty());
    }

    /** {@link #of(ImportedArticle, ArticleText, String)} for a story that repeats the one in {@code duplicateOf}. */
    static ImportedFile of(ImportedArticle article, ArticleText text, String slug, Optional<String> duplicateOf) {
        List<String> paragraphs = new ArrayList<>(text.paragraphs().size());
        for (String paragraph : text.paragraphs()) {
            paragraphs.add(MarkdownText.escape(paragraph));
        }
        FrontMatter fm = frontMatter(article, text, slug, duplicateOf);
        byte[] head = FrontMatterFormat.head(fm).getBytes(StandardCharsets.UTF_8);
        String tailText = FrontMatterFormat.tail(paragraphs);
        byte[] tail = tailText.getBytes(StandardCharsets.UTF_8);
        MessageDigest sha256 = Sha256.newDigest();
        sha256.update(head);
        sha256.update(tail);
        String digest = HexFormat.of().formatHex(sha256.digest());
        // The body as a reader of the file finds it: everything after the closing line.
        String body = tailText.substring(FrontMatterFormat.CLOSE_LINE.length());
        FieldDigests fields = FieldDigests.of(fm, body);
        return new ImportedFile(FrontMatterFormat.withDigest(head, "sha256:" + digest + fields.format(), tail), digest,
                fm, body, fields);
    }

    private static FrontMatter frontMatter(ImportedArticle article, ArticleText text, String slug,
            Optional<String> duplicateOf) {
        boolean zh = text.language().equals("zh");
        return new FrontMatter(
                text.title(),
                text.language(),
                zh ? Optional.of(text.script()) : Optional.empty(),
                article.date(),
                Optional.of(slug),
                article.keywords(),
                text.byline().dateline(),
                text.byline().agency(),
                text.byline().reporters(),
                text.headline(),
                article.source().map(s -> s.url()),
                article.source().flatMap(s -> zh ? s.nameZh() : s.nameEn()),
                article.views(),
                duplicateOf,
                Optional.of(article.sourceFile()),
                Optional.empty(),
                false,
                Optional.empty());
    }

    private static String body(ArticleText text) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : text.paragraphs()) {
            if (body.length() > 0) {
                body.append('\n');
            }
            body.append(MarkdownText.escape(paragraph)).append('\n');
        }
        return body.toString();
    }
}
