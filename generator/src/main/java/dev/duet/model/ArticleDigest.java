package dev.duet.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of everything an article page holds (every field, its Markdown and its translation), for telling
 * whether pages made from it may have changed. 128 bits of SHA-256, as hex.
 */
public final class ArticleDigest {

    private static final MessageDigest PROTOTYPE = sha256();

    private ArticleDigest() {
    }

    public static String of(ArticlePage article) {
        try {
            MessageDigest sha = (MessageDigest) PROTOTYPE.clone();
            return HexFormat.of().formatHex(sha.digest(article.toString().getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
