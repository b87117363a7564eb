package dev.duet.model;

import dev.duet.content.Body;
import dev.duet.io.Sha256;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * A digest of everything an article page holds (every field, its Markdown and its translation), for telling
 * whether pages made from it may have changed. 128 bits of SHA-256, as hex. Every component of every record the page
 * holds is fed to the digest as it is walked, with a mark for its kind and its length, so that no field can be left
 * out and no two pages give the same input; a body counts by its length and its own digest.
 */
public final class ArticleDigest {

    /** Each record class's component accessors, looked up once: the same for every page. */
    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return List.of(accessors);
        }
    };

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
            for (Method accessor : ACCESSORS.get(record.getClass())) {
                walk(read(accessor, record), sha);
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

    private static Object read(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor + " of an article", e);
        }
    }
}
