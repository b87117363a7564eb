package dev.duet.model;

import dev.duet.content.Body;
import dev.duet.io.RecordReaders;
import dev.duet.io.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A digest of everything an article page holds (every field, its Markdown and its translation), for telling
 * whether pages made from it may have changed. 128 bits of SHA-256, as hex. Every component of every record the page
 * holds is fed to the digest as it is walked, with a mark for its kind and its length, so that no field can be left
 * out and no two pages give the same input; a body counts by its length and its own digest.
 */
public final class ArticleDigest {

    /** Each record class's component accessors, looked up once: the same for every page. */
    private static final RecordReaders RECORDS = new RecordReaders();

    private ArticleDigest() {
    }

    public static String of(ArticlePage article) {
        MessageDigest sha = Sha256.newDigest();
        walk(article, sha);
        return Sha256.hex128(sha);
    }

    private static void walk(Object value, MessageDigest sha) {
        if (value instanceof String text) {
            mark(sha, 's', text);
        } else if (value instanceof Optional<?> optional) {
            sha.update((byte) (optional.isPresent() ? 'o' : 'e'));
            optional.ifPresent(present -> walk(present, sha));
        } else if (value instanceof List<?> list) {
            mark(sha, 'l', Integer.toString(list.size()));
            list.forEach(item -> walk(item, sha));
        } else if (value instanceof Body body) {
            mark(sha, 'b', body.length() + ":" + body.digest());
        } else if (value instanceof Record record) {
            mark(sha, 'r', record.getClass().getName());
            for (Function<Object, Object> accessor : RECORDS.of(record.getClass()).accessors()) {
                walk(accessor.apply(record), sha);
            }
        } else {
            // Numbers, dates, booleans: their text, under their class's name.
            mark(sha, 'v', value.getClass().getName() + "=" + value);
        }
    }

    /** A mark, the text's length in UTF-16 units and the text as UTF-8. */
    private static void mark(MessageDigest sha, char kind, String text) {
        sha.update((byte) kind);
        int length = text.length();
        sha.update((byte) (length >>> 24));
        sha.update((byte) (length >>> 16));
        sha.update((byte) (length >>> 8));
        sha.update((byte) length);
        sha.update(text.getBytes(StandardCharsets.UTF_8));
    }
}
