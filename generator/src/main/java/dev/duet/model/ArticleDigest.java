package dev.duet.model;

import dev.duet.content.Body;
import dev.duet.io.Hash128;
import dev.duet.io.RecordReaders;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A digest of everything an article page holds (every field, its Markdown and its translation), for telling
 * whether pages made from it may have changed: 128 bits of {@link Hash128}, as hex. Every component of every record
 * the page holds is fed to the hash as it is walked, with a mark for its kind and its length, so that no field can
 * be left out and no two pages give the same input; a body counts by its length and its own digest.
 */
public final class ArticleDigest {

    /** Each record class's component accessors, looked up once: the same for every page. */
    private static final RecordReaders RECORDS = new RecordReaders();

    private ArticleDigest() {
    }

    public static String of(ArticlePage article) {
        Hash128 hash = new Hash128();
        walk(article, hash);
        return hash.hex();
    }

    private static void walk(Object value, Hash128 hash) {
        if (value instanceof String text) {
            hash.mark('s').text(text);
        } else if (value instanceof Optional<?> optional) {
            hash.mark(optional.isPresent() ? 'o' : 'e');
            optional.ifPresent(present -> walk(present, hash));
        } else if (value instanceof List<?> list) {
            hash.mark('l').number(list.size());
            list.forEach(item -> walk(item, hash));
        } else if (value instanceof Body body) {
            hash.mark('b').number(body.length()).text(body.digest());
        } else if (value instanceof Record record) {
            hash.mark('r').text(record.getClass().getName());
            for (Function<Object, Object> accessor : RECORDS.of(record.getClass()).accessors()) {
                walk(accessor.apply(record), hash);
            }
        } else {
            // Numbers, dates, booleans: their text, under their class's name.
            hash.mark('v').text(value.getClass().getName()).text(value.toString());
        }
    }
}
