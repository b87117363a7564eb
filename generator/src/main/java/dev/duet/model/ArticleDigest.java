package dev.duet.model;

import dev.duet.io.Sha256;
import java.nio.charset.StandardCharsets;

/**
 * A digest of everything an article page holds (every field, its Markdown and its translation), for telling
 * whether pages made from it may have changed. 128 bits of SHA-256, as hex.
 */
public final class ArticleDigest {

    private ArticleDigest() {
    }

    public static String of(ArticlePage article) {
        return Sha256.hex128(article.toString().getBytes(StandardCharsets.UTF_8));
    }
}
